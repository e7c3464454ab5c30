// A worker thread of the link-preview image pool (og-png-pool.ts): draws each image it is sent and hands the PNG
// back. Started by Node from this file directly, not through Vite, so its imports carry their `.ts` extensions.
import { parentPort } from 'node:worker_threads';
import { collectGarbage } from '../memory/collect-garbage.ts';
import type { OgPngReply, OgPngRequest } from './og-png-pool.ts';
import { ogImagePng } from './og-png.ts';

const port = parentPort;
if (!port) throw new Error('og-png-worker.ts runs as a worker thread of og-png-pool.ts, not on its own.');

port.on('message', ({ id, text }: OgPngRequest) => {
	let reply: OgPngReply;
	try {
		reply = { id, png: ogImagePng(text) };
	} catch (error) {
		reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	port.postMessage(reply, reply.png ? [reply.png.buffer] : []);
	// The 1200×630 pixel buffer (3 MB) lives outside V8's heap until the renderer objects are collected, and V8 cannot
	// see it, so hundreds would pile up between its own collections; a young-generation collection costs well under 1 ms.
	collectGarbage('young');
});
