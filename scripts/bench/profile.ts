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
	['MDX compile (@mdx-js/mdx and its plugins)', /@mdx-js\/mdx|markdown-remark\/dist\/mdx/],
	['content layer sync (glob loader, data store)', /astro\/dist\/content\/(loaders|content-layer|data-store|mutable)/],
	['page rendering (astro runtime render)', /astro\/dist\/runtime\/server\/render/],
	['Rolldown bundling', /rolldown/],
	['Pagefind', /node_modules\/pagefind/],
];
console.log('\nInclusive time by stage:');
for (const [name, pattern] of stages) console.log(`${String(inclusiveTime(profile, pattern)).padStart(8)} ms  ${name}`);
