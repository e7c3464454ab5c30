import type { AstroIntegration } from 'astro';
import { collectGarbage } from '../lib/memory/collect-garbage';

/**
 * Collects all garbage, and hands V8's pooled pages back to the system, at the two points where the build's memory
 * peaks: after bundling (before page generation starts) and after page generation (before Pagefind's
 * indexer starts beside this process). Does nothing unless the build runs with `--expose-gc`, as `npm run build` and
 * the benchmark do (scripts/lib/astro-node-options.ts). List it before the Pagefind integration.
 */
export function releaseMemory(): AstroIntegration {
	return {
		name: 'lab-essays:release-memory',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'build') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'lab-essays:release-memory',
								enforce: 'post',
								// Astro generates the pages in its own `buildApp` post hook, registered after this one.
								buildApp: {
									order: 'post',
									handler: async () => {
										collectGarbage('all');
									},
								},
							},
						],
					},
				});
			},
			'astro:build:done': () => void collectGarbage('all'),
		},
	};
}
