/**
 * `npm run bench:profile -- <file.cpuprofile>`: where a profiled build spent its time, by package and by stage.
 * Profiles come from `npm run bench -- --cpu-prof` (.bench/profiles/<essays>/).
 */
import { readFileSync } from 'node:fs';
import { inclusiveTime, selfTimeBy, type CpuProfile } from './profile-summary.ts';

const file = process.argv[2];
if (!file) {
	console.error('Name a profile: npm run bench:profile -- .bench/profiles/2000/CPU.….cpuprofile');
	process.exit(1);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const total = profile.timeDeltas.reduce((sum, d) => sum + d, 0) / 1000;

console.log(`Total ${Math.round(total)} ms\n\nSelf time by package:`);
for (const { group, ms } of selfTimeBy(profile).slice(0, 25)) console.log(`${String(ms).padStart(8)} ms  ${group}`);

// Inclusive time per stage: what each stage costs with everything it calls.
const stages: [string, RegExp][] = [
	[
		'MDX entries rendered by the content loader (src/lib/mdx/render-mdx.ts)',
		/src\/lib\/mdx\/render-mdx|^createMdxRenderer$/,
	],
	['MDX compiled as modules (the reference: Sätteri, @astrojs/mdx)', /satteri|@astrojs\/mdx\/|markdown-satteri/],
	['content check: body outlines (parse of every MDX body)', /^outlineBody$/],
	['content layer sync (glob loader, data store)', /astro\/dist\/content\/(loaders|content-layer|data-store|mutable)/],
	['link-preview images (resvg)', /^ogImagePng$|@resvg\/resvg-js/],
	['Markdown copies of entries (HTML to Markdown)', /^entryMirror$/],
	['_headers: inline scripts and styles of every page', /^inlineHashes$/],
	['search vocabulary', /src\/lib\/search\/vocabulary/],
	['Rolldown bundling', /rolldown/],
	['Pagefind (its Node side; the indexer is a separate process)', /node_modules\/pagefind/],
	['garbage collection', /^\(garbage collector\)$/],
	['idle (waiting for the disk, workers or Pagefind)', /^\(idle\)$/],
];
console.log('\nInclusive time by stage:');
for (const [name, pattern] of stages) console.log(`${String(inclusiveTime(profile, pattern)).padStart(8)} ms  ${name}`);
