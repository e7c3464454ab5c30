import type { MovedAddress } from '../urls.ts';
import { linksFor, type SiteContext } from './context.ts';
import type { EssayEntry } from './entries.ts';
import { pageHead, type PageHead } from './head.ts';

/** The page served at one of the original site's addresses, sending the reader on. */
export interface MovedPage {
	head: PageHead;
	/** "“Impact that counts” has moved". */
	heading: string;
	/** The new address, under the base. */
	to: string;
}

/** What moved, as the heading names it: an essay by its title, the essays listing as "The essays". */
function whatMoved(moved: MovedAddress, essays: readonly EssayEntry[]): string {
	const essay = moved.id === undefined ? undefined : essays.find((e) => e.id === moved.id);
	return essay ? `“${essay.data.title}”` : 'The essays';
}

/** The view model of a moved address's page: `movedPage(moved, { site, essays })`. */
export function movedPage(
	moved: MovedAddress,
	{ site, essays }: { site: SiteContext; essays: readonly EssayEntry[] },
): MovedPage {
	const heading = `${whatMoved(moved, essays)} has moved`;
	return { head: pageHead({ title: heading, path: moved.from }, site), heading, to: linksFor(site).href(moved.to) };
}
