import { describe, expect, test } from 'vitest';
import { checkHtml } from '../../../../../scripts/lib/verify/html';
import { html } from './fixtures';

describe('checkHtml', () => {
	test('accepts valid pages written the way Astro writes them', async () => {
		expect(await checkHtml({ pages: new Map([['index.html', html('<main><h1>Hi</h1></main>')]]) })).toEqual([]);
	});

	test('reports invalid markup with the page, position and rule', async () => {
		const problems = await checkHtml({
			pages: new Map([['a.html', html('<main><p><div>x</div></p><img src="x.png"></main>')]]),
		});
		expect(problems.map((p) => p.file)).toContain('a.html');
		expect(problems.map((p) => p.message).join('\n')).toMatch(
			/line 1:\d+ .*\((element-required-attributes|wcag\/h37)\)/,
		);
	});
});
