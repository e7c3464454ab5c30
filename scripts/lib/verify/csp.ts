import { parse } from 'node-html-parser';
import { cspHash } from '../../../src/lib/deploy/csp.ts';
import { inlineCode } from '../../../src/lib/deploy/inline-code.ts';
import type { Problem } from '../problem.ts';
import type { BuiltSite } from './types.ts';

/** The sources a policy lists for one directive: `sourcesOf("script-src 'self' 'sha256-x'", 'script-src')`. */
export function sourcesOf(policy: string, directive: string): string[] {
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name === directive) return sources;
	}
	return [];
}

/**
 * Checks every page runs under both policies with nothing blocked: each inline script and style is allowed by hash
 * in the `_headers` policy and in the page's own `<meta>` policy, so is each image from another site, and no
 * `style="…"` or `on…=` attribute is used (a hash-based policy blocks them).
 */
export function checkCsp(site: BuiltSite, headerPolicy: string): Problem[] {
	if (sourcesOf(headerPolicy, 'script-src').length === 0) {
		return [{ file: '_headers', message: 'sends no Content-Security-Policy with a script-src for the site' }];
	}
	const problems: Problem[] = [];
	for (const [file, html] of site.pages) {
		const root = parse(html, { comment: false });
		const meta = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
		if (!meta) problems.push({ file, message: 'has no <meta http-equiv="content-security-policy">' });
		const { scripts, styles } = inlineCode(html);
		const policies = [
			['_headers', headerPolicy],
			['<meta>', meta ?? ''],
		] as const;
		for (const [kind, code, directive] of [
			...scripts.map((code) => ['script', code, 'script-src'] as const),
			...styles.map((code) => ['style', code, 'style-src'] as const),
		]) {
			const hash = cspHash(code);
			for (const [where, policy] of policies) {
				if (!sourcesOf(policy, directive).includes(hash)) {
					problems.push({
						file,
						message: `inline ${kind} ${hash} is not allowed by the ${where} policy: "${code.slice(0, 60)}…"`,
					});
				}
			}
		}
		for (const img of root.querySelectorAll('img[src]')) {
			const src = img.getAttribute('src')!;
			if (!/^https?:\/\//i.test(src) || !URL.canParse(src)) continue;
			const { origin } = new URL(src);
			for (const [where, policy] of policies) {
				if (!sourcesOf(policy, 'img-src').includes(origin)) {
					problems.push({
						file,
						message: `<img src="${src}"> is blocked by the ${where} policy: its img-src does not allow ${origin}`,
					});
				}
			}
		}
		for (const element of root.querySelectorAll('*')) {
			for (const name of Object.keys(element.attributes)) {
				if (name === 'style' || /^on[a-z]+$/.test(name)) {
					problems.push({
						file,
						message: `<${element.tagName.toLowerCase()} ${name}="…"> is blocked by the CSP; use a class or a script`,
					});
				}
			}
		}
	}
	return problems;
}
