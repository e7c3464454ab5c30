import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
	/** e.g. http://127.0.0.1:43121 */
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built folder on 127.0.0.1 at an OS-assigned port (no clashes between parallel runs).
 * `base` mounts the folder under a sub-path, as a host serving a project site would.
 */
export async function serveDist(distDir: string, { base = '/' }: { base?: string } = {}): Promise<StaticServer> {
	const files = sirv(distDir, { dev: false, etag: true, extensions: ['html'] });
	const prefix = base.replace(/\/+$/, '');
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (prefix && !url.startsWith(`${prefix}/`)) {
			res.statusCode = 404;
			res.end('Not under the base path');
			return;
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
