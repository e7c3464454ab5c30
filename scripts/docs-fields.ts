// `npm run docs:fields`: regenerates the field reference and the component props in content/README.md from the
// schemas and components. `npm run docs:fields -- --check` only reports whether they are current (exit 1 if not).
import { readFileSync, writeFileSync } from 'node:fs';
import { guideFile, updatedGuide } from './lib/editors-guide.ts';

const current = readFileSync(guideFile, 'utf8');
const next = updatedGuide(current);
if (next === current) {
	console.log('content/README.md: the generated reference is up to date.');
} else if (process.argv.includes('--check')) {
	console.error('content/README.md: the generated reference is out of date. Run `npm run docs:fields`.');
	process.exitCode = 1;
} else {
	writeFileSync(guideFile, next);
	console.log('content/README.md: the generated reference was updated.');
}
