import { buildSite } from './build-site';

/** Builds the real site once for the build and e2e layers. */
export default async function setup(): Promise<void> {
	const result = await buildSite({ name: 'site' });
	if (result.exitCode !== 0) {
		throw new Error(`Building the site for the tests failed:\n${result.output.slice(-4000)}`);
	}
}
