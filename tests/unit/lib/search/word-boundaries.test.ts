import { describe, expect, test } from 'vitest';
import { withWordBoundaries } from '../../../../src/lib/search/word-boundaries';

describe('withWordBoundaries', () => {
	test.each([
		['<dl><dt>YouGov</dt><dd>Ran the survey</dd></dl>', '<dl><dt>YouGov </dt><dd>Ran the survey </dd> </dl>'],
		['<tr><th>Phase</th><th>When</th></tr>', '<tr><th>Phase </th><th>When </th> </tr>'],
		['<figure><figcaption>Roles</figcaption></figure>', '<figure><figcaption>Roles </figcaption> </figure>'],
	])('separates the blocks Pagefind runs together: %s', (html, spaced) => {
		expect(withWordBoundaries(html)).toBe(spaced);
	});

	test('leaves inline elements and the blocks Pagefind separates itself alone', () => {
		const html = '<p>The <em>Lab</em>’s <a href="/x/">essays</a>.</p><li>One</li><td>1</td><h2>Title</h2>';
		expect(withWordBoundaries(html)).toBe(html);
	});
});
