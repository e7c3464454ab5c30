import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash } from '../../../../../src/lib/deploy/csp';
import { checkCsp, sourcesOf } from '../../../../../scripts/lib/verify/csp';
import { builtSite, html } from './fixtures';

const script = 'document.documentElement.dataset.theme="dark"';
const meta = (hashes: string[]) =>
	`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes.join(' ')}; style-src 'self'">`;

describe('sourcesOf', () => {
	test('lists one directive’s sources', () => {
		expect(sourcesOf("default-src 'self'; script-src 'self' 'sha256-a'", 'script-src')).toEqual([
			"'self'",
			"'sha256-a'",
		]);
		expect(sourcesOf("default-src 'self'", 'script-src')).toEqual([]);
	});
});

describe('checkCsp', () => {
	const header = contentSecurityPolicy({ scriptHashes: [cspHash(script)] });

	test('accepts inline scripts allowed by hash in both the header and the page’s <meta> policy', () => {
		const site = builtSite({ 'index.html': html(`<script>${script}</script>`, meta([cspHash(script)])) });
		expect(checkCsp(site, header)).toEqual([]);
	});

	test('reports a _headers file without a policy for the site', () => {
		expect(checkCsp(builtSite({ 'index.html': html('') }), '')).toEqual([
			{ file: '_headers', message: 'sends no Content-Security-Policy with a script-src for the site' },
		]);
	});

	test('reports another site’s image that a policy does not allow', () => {
		const image = '<img src="https://a.org/x.png" alt="X"><img src="/lab/_astro/y.webp" alt="Y">';
		const allowing = (policy: string) =>
			policy.replace("default-src 'self'", "default-src 'self'; img-src 'self' https://a.org");
		expect(checkCsp(builtSite({ 'a.html': html(image, allowing(meta([]))) }), allowing(header))).toEqual([]);
		expect(checkCsp(builtSite({ 'a.html': html(image, allowing(meta([]))) }), header)).toEqual([
			{
				file: 'a.html',
				message:
					'<img src="https://a.org/x.png"> is blocked by the _headers policy: its img-src does not allow https://a.org',
			},
		]);
	});

	test('reports an inline script missing from the <meta> policy, a page without one, and blocked attributes', () => {
		const site = builtSite({
			'a.html': html(`<script>${script}</script>`, meta([])),
			'b.html': html('<p style="color:red" onclick="x()">x</p>'),
		});
		expect(checkCsp(site, header).map((p) => `${p.file}: ${p.message.replace(/"document.*/, '…')}`)).toEqual([
			`a.html: inline script ${cspHash(script)} is not allowed by the <meta> policy: …`,
			'b.html: has no <meta http-equiv="content-security-policy">',
			'b.html: <p style="…"> is blocked by the CSP; use a class or a script',
			'b.html: <p onclick="…"> is blocked by the CSP; use a class or a script',
		]);
	});
});
