import type { Author } from '../schemas/author.ts';
import type { EssayFrontmatter } from '../schemas/essay.ts';
import type { PageFrontmatter } from '../schemas/page.ts';
import type { ProjectFrontmatter } from '../schemas/project.ts';
import type { Source } from '../schemas/source.ts';
import type { UpdateFrontmatter } from '../schemas/update.ts';

// The entries view models read, as plain data: Astro's collection entries fit them, and so do the unit tests'
// factories (tests/unit/lib/view/entries.ts).

export interface EssayEntry {
	id: string;
	collection: 'essays';
	data: EssayFrontmatter;
	body?: string | undefined;
}

export interface ProjectEntry {
	id: string;
	collection: 'projects';
	data: ProjectFrontmatter;
}

export interface UpdateEntry {
	id: string;
	collection: 'updates';
	data: UpdateFrontmatter;
	body?: string | undefined;
}

export interface PageEntry {
	id: string;
	collection: 'pages';
	data: PageFrontmatter;
	body?: string | undefined;
}

export interface AuthorEntry {
	id: string;
	data: Author;
}

export interface SourceEntry {
	id: string;
	data: Source;
}

/** A card in a list of entries, as `EntryList.astro` shows it. */
export interface ListItem {
	url: string;
	title: string;
	summary: string;
	date?: Date;
	label?: string;
}
