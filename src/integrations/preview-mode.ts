import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it runs under `astro dev`, where editors preview drafts and scheduled entries.
 * Decided by the command rather than NODE_ENV, so a stray NODE_ENV can never publish a draft.
 */
export function previewMode(): AstroIntegration {
	return {
		name: 'lab-essays:preview-mode',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({ vite: { define: { __LAB_ESSAYS_PREVIEW__: JSON.stringify(command === 'dev') } } });
			},
		},
	};
}
