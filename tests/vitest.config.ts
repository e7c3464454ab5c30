import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Only the layers that read built sites build them: `--project unit` builds nothing. The build and e2e projects
// name the same global setup, which builds each shared site once per run however many projects ask for it.
const sharedBuilds = ['tests/support/global-setup.ts'];

// Three layers: unit (pure src/lib), build (HTML and index of a built site), e2e (Chromium on the built site).
export default defineConfig({
	root,
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: sharedBuilds,
					testTimeout: 180_000,
					hookTimeout: 300_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: sharedBuilds,
					testTimeout: 60_000,
					hookTimeout: 300_000,
					// One browser at a time: the machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
