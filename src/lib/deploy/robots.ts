/** robots.txt: every crawler may read everything, and the sitemap is named by its absolute URL. */
export function robotsTxt({ sitemapUrl }: { sitemapUrl: string }): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
