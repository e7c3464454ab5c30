// The preview's banner of content problems (astro dev only; see src/integrations/content-checks.ts): the same
// problems `npm run check` lists, on every page, kept up to date as files are saved, gone once all are fixed.

interface Problem {
	file: string;
	line?: number;
	field?: string;
	message: string;
}

const ENDPOINT = '/__lab-essays/content-problems';
const EVENT = 'lab-essays:content-problems';
const ID = 'lab-essays-content-problems';

/** One problem as a line of the banner: `content/essays/x.mdx, line 8, published: … `. */
export function describeProblem(problem: Problem): string {
	const where = [problem.file, problem.line ? `line ${problem.line}` : ''].filter(Boolean).join(', ');
	return `${where}${problem.field ? ` — ${problem.field}` : ''}: ${problem.message}`;
}

function render(problems: readonly Problem[]): void {
	document.getElementById(ID)?.remove();
	if (!problems.length) return;
	const banner = document.createElement('aside');
	banner.id = ID;
	banner.setAttribute('role', 'alert');
	banner.setAttribute('aria-label', 'Content problems');
	Object.assign(banner.style, {
		position: 'fixed',
		insetInline: '0',
		bottom: '0',
		zIndex: '2147483647',
		maxHeight: '50vh',
		overflow: 'auto',
		padding: '1rem 1.25rem',
		background: '#fff4e5',
		color: '#3d2200',
		borderTop: '4px solid #b54708',
		font: '15px/1.45 system-ui, sans-serif',
		boxShadow: '0 -4px 16px rgb(0 0 0 / 0.2)',
	});
	const heading = document.createElement('h2');
	heading.textContent = `${problems.length} content problem${problems.length === 1 ? '' : 's'}: this preview may show an older version. Fix each one and save; this notice updates by itself.`;
	Object.assign(heading.style, { font: 'inherit', fontWeight: '700', margin: '0 0 0.5rem' });
	const list = document.createElement('ul');
	Object.assign(list.style, { margin: '0', paddingInlineStart: '1.25rem' });
	for (const problem of problems) {
		const item = document.createElement('li');
		item.textContent = describeProblem(problem);
		list.append(item);
	}
	banner.append(heading, list);
	document.body.append(banner);
}

const show = ({ problems }: { problems: Problem[] }) => render(problems);

fetch(ENDPOINT, { cache: 'no-store' })
	.then((response) => response.json() as Promise<{ problems: Problem[] }>)
	.then(show)
	.catch(() => undefined);
import.meta.hot?.on(EVENT, show);
