import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash, CSP_DIRECTIVES, imageDirective } from '../../../../src/lib/deploy/csp';

describe('cspHash', () => {
	test('is the quoted base64 sha256 of the exact text, as browsers compute it', () => {
		const code = "document.documentElement.dataset.theme = 'dark';";
		expect(cspHash(code)).toBe(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
		expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});
});

describe('contentSecurityPolicy', () => {
	const policy = contentSecurityPolicy({
		scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-a'"],
		styleHashes: ["'sha256-s'"],
	});
	const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

	test('allows scripts from the site, WebAssembly for Pagefind and inline scripts only by hash', () => {
		expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).not.toMatch(/'unsafe-eval'/);
	});

	test('allows styles from the site and inline styles by hash', () => {
		expect(directive('style-src')).toBe("style-src 'self' 'sha256-s'");
	});

	test('forbids framing, plugins and other origins, and lets Pagefind start its worker', () => {
		expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
		expect(directive('object-src')).toBe("object-src 'none'");
		expect(directive('default-src')).toBe("default-src 'self'");
		expect(directive('worker-src')).toBe("worker-src 'self'");
		expect(policy.replace('frame-src https://www.youtube-nocookie.com', '')).not.toMatch(/https?:|\*/);
	});

	test('allows images from the site, and from the other sites whose images pages show', () => {
		expect(directive('img-src')).toBe("img-src 'self'");
		const withImages = contentSecurityPolicy({ imageSources: ['https://b.org', 'https://a.org', 'https://b.org'] });
		expect(withImages).toContain("img-src 'self' https://a.org https://b.org;");
		expect(imageDirective(['https://a.org'])).toBe('img-src https://a.org');
	});

	test('keeps frame-ancestors out of the directives shared with the <meta> policy, where browsers ignore it', () => {
		expect(CSP_DIRECTIVES.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
	});
});
