// `npm run check` step 1: every content check, all problems listed at once, non-zero exit when any is found.
// Usage: node scripts/check-content.ts   (LAB_ESSAYS_CONTENT picks another folder; LAB_ESSAYS_NOW sets the clock)
import { checkContent } from '../src/lib/checks/index.ts';
import { parseNow } from '../src/lib/content/visibility.ts';
import { formatProblems } from '../src/lib/errors.ts';
import { contentRoot, readContent, readMdxComponents } from './lib/read-content.ts';

const files = readContent(contentRoot());
const problems = checkContent(files, {
	now: parseNow(process.env.LAB_ESSAYS_NOW, new Date()),
	components: readMdxComponents(),
});
if (problems.length) {
	console.error(formatProblems(problems));
	process.exitCode = 1;
} else {
	console.log(`Content check: ${files.length} files, no problems found.`);
}
