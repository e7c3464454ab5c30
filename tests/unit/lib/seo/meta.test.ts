import { describe, expect, test } from 'vitest';
import { socialMeta } from '../../../../src/lib/seo/meta';

const input = {
	title: 'Impact that counts',
	description: 'The model.',
	url: 'https://x.org/essays/impact/',
	siteName: 'Lab Essays',
	locale: 'en-GB',
	image: 'https://x.org/og-default.png',
	imageAlt: 'Lab Essays',
};

describe('socialMeta', () => {
	test('gives Open Graph and Twitter card tags with the image and an underscore locale', () => {
		const tags = socialMeta({ ...input, type: 'website' });
		const content = (key: string) => tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;
		expect(content('og:locale')).toBe('en_GB');
		expect(content('og:image')).toBe('https://x.org/og-default.png');
		expect(content('twitter:card')).toBe('summary_large_image');
		expect(content('og:url')).toBe('https://x.org/essays/impact/');
		expect(content('article:published_time')).toBeUndefined();
	});

	test('adds article times for essays and updates', () => {
		const tags = socialMeta({ ...input, type: 'article', published: new Date('2018-08-01T00:00:00Z') });
		expect(tags).toContainEqual({ property: 'article:published_time', content: '2018-08-01T00:00:00.000Z' });
		expect(tags).toContainEqual({ property: 'article:modified_time', content: '2018-08-01T00:00:00.000Z' });
	});
});
