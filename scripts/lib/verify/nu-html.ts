import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../problem.ts';

/** One message of the Nu HTML Checker's `--format json` report. */
export interface NuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	message: string;
}

/** The Nu HTML Checker's `--format json` report. */
export interface NuReport {
	messages: NuMessage[];
}

/**
 * The errors of a Nu report as problems naming the page (relative to `dir`, like `BuiltSite` keys), line and column.
 * Nu's "Cannot recover after last error" follows the error it stopped at; it is folded into that one.
 */
export function nuProblems(report: NuReport, dir: string): Problem[] {
	return report.messages
		.filter((message) => message.type !== 'info' && message.subType !== 'fatal')
		.map((message) => {
			const absolute = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? dir);
			const file = path.relative(dir, absolute).split(path.sep).join('/') || '.';
			const line = message.lastLine ?? message.firstLine;
			const at = line === undefined ? '' : `line ${line}:${message.firstColumn ?? message.lastColumn ?? 1} `;
			return { file, message: `${at}${message.message} (W3C Nu HTML Checker)` };
		});
}

// The jar ships inside the npm package; Java comes from the system (Debian's default-jre-headless), not from the
// package's own downloader, which is not allowed to run (see allowScripts in package.json).
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Runs the W3C Nu HTML Checker once, in one JVM, over every .html file under `dir`, and returns its errors.
 * `java` is the Java runtime to use (the JAVA environment variable, or `java` on PATH).
 */
export function checkNuHtml(dir: string, { java = 'java' }: { java?: string } = {}): Promise<Problem[]> {
	const root = path.resolve(dir);
	// Nu's schema needs a deep stack: the JVM's default is enough on 64-bit Linux, some others' is not.
	const args = ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--exit-zero-always', '--format', 'json'];
	return new Promise((resolve, reject) => {
		const child = spawn(java, [...args, '--skip-non-html', root], { stdio: ['ignore', 'pipe', 'pipe'] });
		// The JSON report goes to stderr; Java's own failures to either.
		let output = '';
		let stdout = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOENT') return reject(error);
			resolve([
				{
					file: '.',
					message: `The W3C Nu HTML Checker needs a Java runtime, and "${java}" was not found. Install one (on Debian or Ubuntu: apt-get install default-jre-headless), or set JAVA to its java command.`,
				},
			]);
		});
		child.on('close', (code) => {
			try {
				resolve(nuProblems(JSON.parse(output) as NuReport, root));
			} catch {
				reject(new Error(`The W3C Nu HTML Checker failed (exit ${code}):\n${(stdout + output).slice(-2000)}`));
			}
		});
	});
}
