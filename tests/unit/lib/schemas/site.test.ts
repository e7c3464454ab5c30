import { describe, expect, test } from 'vitest';
import { SiteSettingsSchema, type SiteSettingsInput } from '../../../../src/lib/schemas';

const required: SiteSettingsInput = {
	title: 'Field Notes',
	organisation: 'Northfield Research Group',
	description: 'Essays and updates from Northfield Research Group.',
	locale: 'en-GB',
};

/** The first issue's path and message, for a settings object that must fail. */
function failure(input: unknown): { path: string; message: string } {
	const result = SiteSettingsSchema.safeParse(input);
	if (result.success) throw new Error('expected the settings to be refused');
	const [issue] = result.error.issues;
	return { path: issue!.path.join('.'), message: issue!.message };
}

describe('SiteSettingsSchema', () => {
	describe('with only the required fields', () => {
		const site = SiteSettingsSchema.parse(required);

		test('fills every wording from the title, organisation and description, in neutral words', () => {
			expect(site.home).toEqual({ introduction: required.description, link: undefined });
			expect(site.footer.text).toBe('Field Notes is published by Northfield Research Group.');
			expect(site.footer.links.map((link) => link.href)).toEqual(['/about/', '/get-involved/', '/search/']);
			expect(site.listings.essays.description).toBe('Essays from Northfield Research Group, in series by project.');
			expect(site.listings.essays.introduction).toBeUndefined();
			expect(site.feeds).toEqual({
				essays: 'Essays from Northfield Research Group, in full.',
				updates: 'Updates from Northfield Research Group, in full.',
			});
			expect(site.shareImage).toEqual({ file: undefined, alt: 'Field Notes, from Northfield Research Group' });
		});

		test('names the header links and the web manifest plainly', () => {
			expect(site.navigation).toEqual({ essays: 'Essays', projects: 'Projects', updates: 'Updates', about: 'About' });
			expect(site.manifest).toEqual({
				name: 'Field Notes',
				shortName: 'Field Notes',
				description: required.description,
				themeColor: '#0b6a61',
				backgroundColor: '#ffffff',
			});
			expect(site.icons).toEqual({});
		});
	});

	test('keeps what is written over the defaults', () => {
		const site = SiteSettingsSchema.parse({
			...required,
			home: { introduction: 'We study rivers.', link: { label: 'About us', href: '/about/' } },
			navigation: { about: 'About us' },
			footer: { text: 'Published by the group.', links: [{ label: 'Contact', href: 'https://example.org/contact' }] },
			manifest: { name: 'Field Notes app', themeColor: '#123456' },
			icons: { svg: 'site/icon.svg' },
		});
		expect(site.home.link).toEqual({ label: 'About us', href: '/about/' });
		expect(site.navigation).toMatchObject({ essays: 'Essays', about: 'About us' });
		expect(site.footer).toEqual({
			text: 'Published by the group.',
			links: [{ label: 'Contact', href: 'https://example.org/contact' }],
		});
		expect(site.manifest).toMatchObject({
			name: 'Field Notes app',
			shortName: 'Field Notes app',
			themeColor: '#123456',
		});
		expect(site.icons.svg).toBe('site/icon.svg');
	});

	describe('refuses', () => {
		test.each([
			['title', { ...required, title: '' }],
			['locale', { ...required, locale: 'English' }],
			['locale', { ...required, locale: 'en_GB' }],
			['footer.links.0.href', { ...required, footer: { links: [{ label: 'About', href: 'about' }] } }],
			['manifest.themeColor', { ...required, manifest: { themeColor: 'teal' } }],
			['icons.svg', { ...required, icons: { svg: '/site/icon.svg' } }],
			['icons.png512', { ...required, icons: { png512: 'site/icon.svg' } }],
			['shareImage.file', { ...required, shareImage: { file: '../share.png' } }],
		])('a bad %s', (path, input) => expect(failure(input).path).toBe(path));
	});

	describe('explains', () => {
		test('a missing required field', () => {
			expect(failure({ ...required, organisation: undefined }).message).toMatchInlineSnapshot(
				`"Required. Add a line \`organisation: …\` to the frontmatter (see content/README.md)."`,
			);
		});

		test('an unknown field, listing the fields of its group', () => {
			expect(failure({ ...required, manifest: { themeColour: '#000000' } })).toMatchInlineSnapshot(`
				{
				  "message": "Unknown field \`themeColour\`; the fields here are: name, shortName, description, themeColor, backgroundColor.",
				  "path": "manifest",
				}
			`);
		});

		test('a link that is neither a page of the site nor a full address', () => {
			expect(failure({ ...required, home: { link: { label: 'About', href: 'about' } } }).message).toMatchInlineSnapshot(
				`"Start it with / for a page of this site, e.g. /about/, or with https:// for another site."`,
			);
		});

		test('a file of the wrong type, or outside the content folder', () => {
			expect(failure({ ...required, icons: { ico: 'site/favicon.png' } }).message).toMatchInlineSnapshot(
				`"Must be a .ico file."`,
			);
			expect(failure({ ...required, icons: { svg: 'https://example.org/icon.svg' } }).message).toMatchInlineSnapshot(
				`"Give the path inside the content folder, without a leading slash or "..", e.g. site/icon.svg."`,
			);
		});

		test('a colour that is not #rrggbb', () => {
			expect(failure({ ...required, manifest: { backgroundColor: 'white' } }).message).toMatchInlineSnapshot(
				`"Write a colour as # and six hex digits, in quotes, e.g. "#0b6a61"."`,
			);
		});
	});
});
