import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../../src/lib/deploy/headers-file';

export interface StaticServer {
	/** e.g. http://127.0.0.1:43121 */
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built folder on 127.0.0.1 at an OS-assigned port (no clashes between parallel runs).
 * `base` mounts the folder under a sub-path, as a host serving a project site would. When the folder has a
 * `_headers` file, every response carries the headers its rules give the request path, as Netlify and
 * Cloudflare Pages send them (turn off with `headers: false`). `headers` may instead give the headers for every
 * response, e.g. a different Content-Security-Policy to test against.
 */
export async function serveDist(
	distDir: string,
	{ base = '/', headers = true }: { base?: string; headers?: boolean | Record<string, string> } = {},
): Promise<StaticServer> {
	const files = sirv(distDir, { dev: false, etag: true, extensions: ['html'] });
	const headersFile = path.join(distDir, '_headers');
	const rules =
		typeof headers === 'object'
			? [{ path: '/*', headers: Object.entries(headers) }]
			: headers && existsSync(headersFile)
				? parseHeaders(readFileSync(headersFile, 'utf8'))
				: [];
	const prefix = base.replace(/\/+$/, '');
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (prefix && !url.startsWith(`${prefix}/`)) {
			res.statusCode = 404;
			res.end('Not under the base path');
			return;
		}
		for (const [name, value] of Object.entries(headersFor(rules, new URL(url, 'http://x').pathname))) {
			res.setHeader(name, value);
		}
		req.url = prefix ? url.slice(prefix.length) || '/' : url;
		files(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
