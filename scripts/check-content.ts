// `npm run check` step 1: every content check, all problems listed at once, non-zero exit when any is found.
// Usage: node scripts/check-content.ts   (LAB_ESSAYS_CONTENT picks another folder; LAB_ESSAYS_NOW sets the clock)
import { checkContent, CONTENT_CHECK_REPORT } from './lib/checks/index.ts';
import { formatProblems } from './lib/problem.ts';
import { settings } from '../src/settings.ts';
import { siteSettingsProblemsIn } from './lib/checks/site.ts';
import { contentRoot, readContent, readImageFiles, readMdxComponents } from './lib/read-content.ts';

const root = contentRoot();
const files = readContent(root);
const problems = [
	...siteSettingsProblemsIn(root),
	...checkContent(files, { now: settings.now, components: readMdxComponents(), images: readImageFiles(root) }),
];
if (problems.length) {
	console.error(formatProblems(problems, CONTENT_CHECK_REPORT));
	process.exitCode = 1;
} else {
	console.log(`Content check: ${files.length + 1} files, no problems found.`);
}
