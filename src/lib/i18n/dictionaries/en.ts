// The interface in English: every word the site writes itself, by key. This dictionary defines the keys; every other
// dictionary has exactly these (tests/unit/lib/i18n/dictionaries.test.ts), and a site changes any of them with
// `strings:` in content/site.yaml. `{name}` is filled in by the code; an entry written as forms (`one`, `other` …)
// changes with `{count}`, one form per plural category of the language (Intl.PluralRules; keys ending `.ordinal`
// use its ordinal rules). See src/lib/i18n/README.md.
const en = {
	// Around every page.
	'site.skipLink': 'Skip to content',
	'site.mainNavigation': 'Main',
	'site.footerNavigation': 'Footer',
	'site.search': 'Search',
	'site.darkTheme': 'Dark theme',
	'site.home': 'Home',
	'site.footerText': '{title} is published by {organisation}.',
	'site.getInvolved': 'Get involved',
	'site.shareImageAlt': '{title}, from {publisher}',
	'nav.essays': 'Essays',
	'nav.projects': 'Projects',
	'nav.updates': 'Updates',
	'nav.about': 'About',

	// The kinds of entry, as labels, search filters and link previews name them.
	'type.essay': 'Essay',
	'type.project': 'Project',
	'type.update': 'Update',
	'type.page': 'Page',

	// Dates.
	'date.range': '{start} – {end}',
	'date.onwards': '{start} onwards',

	// Listing pages, feeds and llms.txt.
	'listing.essays': 'Essays',
	'listing.essaysDescription': 'Essays from {organisation}, in series by project.',
	'listing.essaysSeries': '{label}: {project}',
	'listing.projects': 'Projects',
	'listing.projectsDescription': 'The projects of {organisation}.',
	'listing.updates': 'Updates',
	'listing.updatesDescription': 'News from {organisation}, newest first.',
	'listing.updatesPage': '{title}, page {page} of {pages}',
	'listing.updatesPages': 'Pages of updates',
	'listing.newerUpdates': 'Newer updates',
	'listing.olderUpdates': 'Older updates',
	'feed.essaysTitle': '{title}: essays',
	'feed.essaysDescription': 'Essays from {organisation}, in full.',
	'feed.updatesTitle': '{title}: updates',
	'feed.updatesDescription': 'Updates from {organisation}, in full.',

	// The home page.
	'home.series': 'The essays: {label}, {project}',
	'home.latestProject': 'Latest project',
	'home.latestUpdates': 'Latest updates',
	'home.allUpdates': 'All updates',

	// Any entry's page.
	'entry.by': 'By',
	'entry.published': 'Published',
	'entry.updated': 'Updated',
	'entry.readingTime': 'Reading time',
	'entry.minutes': { one: '{count} min read', other: '{count} min read' },
	'entry.plainText': 'This page as plain text (Markdown)',
	'entry.related': 'Related reading',
	'entry.relatedUpdates': 'Related updates',
	'entry.draft': 'Draft: this entry is only shown in preview and will not be published until draft: true is removed.',
	'entry.scheduled': 'Scheduled: this entry is only shown in preview until its publication date.',

	// An essay's page.
	'essay.number': 'Essay {number}',
	'essay.position': 'Essay {number} of {total}',
	'essay.contents': 'Contents',
	'essay.keyPoints': 'Key points',
	'essay.seriesNavigation': 'Essays in this series',
	'essay.previous': 'Previous essay',
	'essay.next': 'Next essay',
	'essay.shareKicker': 'Essay {number} · {project}',

	// "Cite this essay" and the reference it gives.
	'cite.title': 'Cite this essay',
	'cite.reference': 'Reference (Harvard)',
	'cite.bibtex': 'BibTeX',
	'cite.copyReference': 'Copy reference',
	'cite.copyBibtex': 'Copy BibTeX',
	'cite.copied': 'Copied',
	'cite.copyBlocked': 'Copying was blocked: select the text and copy it instead',
	'cite.harvard': '{authors} ({year}) ‘{title}’, {container}. {publisher}. Available at: {url}',
	'cite.harvardInSeries': '{authors} ({year}) ‘{title}’, {container} ({series}). {publisher}. Available at: {url}',
	'cite.noDate': 'no date',
	'cite.series': '{label}, essay {number} of {total}',
	'cite.seriesName': '{label}: {title}',

	// A project's page.
	'project.label': 'Project {number}',
	'project.numberWords': 'one two three four five six seven eight nine ten',
	'project.kicker': '{label} · Project overview',
	'project.challenge': 'The challenge',
	'project.status': 'Status',
	'project.current': 'Current project',
	'project.completed': 'Completed',
	'project.dates': 'Dates',
	'project.essays': 'Essays',
	'project.figures': 'In figures',
	'project.phases': 'Phases',
	'project.partners': 'Partners',
	'project.essaysHeading': 'Essays from this project',
	'project.updatesHeading': 'Updates from this project',
	'project.timelineTitle': '{title}: the project’s phases',

	// An update's page.
	'update.kicker': 'Update',
	'update.shareKicker': '{title} · Update',

	// The Markdown copies of entries.
	'mirror.webPage': 'Web page',
	'mirror.project': 'Project',
	'mirror.challenge': 'Challenge',
	'mirror.phase': 'Phase: {name}',
	'mirror.partner': 'Partner: {name}',

	// A moved address.
	'moved.entry': '“{title}” has moved',
	'moved.essays': 'The essays has moved',
	'moved.newAddress': 'It now lives at {link}.',

	// The page-not-found page.
	'notFound.title': 'Page not found',
	'notFound.kicker': 'Error 404',
	'notFound.heading': 'We could not find that page',
	'notFound.introduction': 'The address may be mistyped, or the page may have moved.',
	'notFound.searchLabel': 'Search the essays, projects and updates',
	'notFound.startHere': 'Or start from here',
	'notFound.essays': 'Browse all essays, in series order',
	'notFound.projects': 'See all the projects',
	'notFound.updates': 'Read the latest updates',
	'notFound.home': 'Go to the home page',

	// Notes, headings and tables in the text.
	'notes.title': 'Notes',
	'notes.backToReference': 'Back to reference {reference}',
	'notes.backToReferenceUse': 'Back to reference {reference}, use {use}',
	'notes.preview': 'Note {number}',
	'notes.previewJump': 'Go to note {number} in the notes',
	'notes.previewAnnouncement': 'Note {number}: {text}',
	'text.sectionLink': 'Section titled “{heading}”',
	'text.table': 'Table',
	'text.tableNamed': 'Table: {name}',

	// The editors' components.
	'component.note': 'Note',
	'component.uncertain': 'Sources differ',
	'component.tip': 'Tip',
	'component.source': 'Source: {source}',
	'component.playVideo': 'Play video: {title}',
	'component.transcript': 'Read the transcript',
	'chart.dataTable': 'The data as a table',
	'chart.figuresTable': 'The figures as a table',
	'chart.value': 'Value',
	'chart.valueIn': 'Value ({unit})',
	'chart.separator': '; ',
	'chart.timelineAlt': {
		one: 'A timeline of {count} phase, {start} to {end}: {phases}.',
		other: 'A timeline of {count} phases, {start} to {end}: {phases}.',
	},
	'chart.timelinePhase': '{name}, {start} to {end}',
	'chart.phase': 'Phase',
	'chart.from': 'From',
	'chart.to': 'To',
	'chart.whatHappened': 'What happened',
	'chart.processAlt': {
		one: 'A process in {count} stage, one after another: {stages}.',
		other: 'A process in {count} stages, one after another: {stages}.',
	},
	'chart.processStage': '{number}, {name}',
	'chart.stage': 'Stage',
	'chart.name': 'Name',
	'chart.whatHappens': 'What happens',
	'chart.areasAlt': {
		one: '{count} area side by side, none ranked above another: {areas}.',
		other: '{count} areas side by side, none ranked above another: {areas}.',
	},
	'chart.area': 'Area',
	'chart.areaMeaning': 'What it means in practice',
	'chart.rankAlt':
		'Where each group ranked “{factor}” among {total} factors, {first} being the most important: {groups}.',
	'chart.rankGroup': '{group}, {rank}',
	'chart.group': 'Group',
	'chart.rankColumn': 'Rank of “{factor}” (out of {total})',
	'chart.rankOf': '{rank} of {total}',
	'chart.rankFirst': '← {rank}, most important',
	'chart.rankLast': '{rank} →',
	'chart.rank.ordinal': { one: '{count}st', two: '{count}nd', few: '{count}rd', other: '{count}th' },

	// Search: the search page, the dialog and their results.
	'search.title': 'Search',
	'search.label': 'Search essays, projects and updates',
	'search.button': 'Search',
	'search.pageHelp':
		'Results appear as you type; ↓ moves into them. Tick filters to narrow the results, or to browse without words.',
	'search.order': 'Order',
	'search.bestMatch': 'Best match',
	'search.newest': 'Newest first',
	'search.more': 'Show more results',
	'search.noScript':
		"Searching needs JavaScript, which is turned off or blocked in this browser. Everything is still a link away: browse the {essays}, the {projects} (each lists its essays and updates) and the {updates}, newest first. Your browser's find in page (Ctrl+F or ⌘F) searches the page you are on.",
	'search.noScriptEssays': 'essays',
	'search.noScriptProjects': 'projects',
	'search.noScriptUpdates': 'updates',
	'search.description': 'Search {title}: essays, projects and updates.',
	'search.close': 'Close',
	'search.dialogHelp': '↓ and ↑ move through the results, Enter opens one, Esc closes.',
	'search.allResults': 'All results, with filters and sorting',
	'search.prompt': 'Type words to search, or tick filters to browse.',
	'search.results': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
	'search.resultsFiltered': {
		one: '{count} result for “{query}” with the chosen filters',
		other: '{count} results for “{query}” with the chosen filters',
	},
	'search.matchesFiltered': {
		one: '{count} entry matches the chosen filters',
		other: '{count} entries match the chosen filters',
	},
	'search.noResults': 'No results for “{query}”. Try fewer or different words.',
	'search.noResultsFiltered': 'No results for “{query}” with the chosen filters. Try removing a filter.',
	'search.noMatches': 'Nothing matches the chosen filters. Try removing a filter.',
	'search.failed': 'Search failed. Please reload the page and try again.',
	'search.unavailable':
		'The search index could not be loaded. Check your connection and reload the page, or browse the essays, projects and updates.',
	'search.devServer':
		'Search works on the built site only: the dev server has no search index. Run npm run build, then npm run preview.',
	'search.filterType': 'Content type',
	'search.filterProject': 'Project',
	'search.filterYear': 'Year',
	'search.filterTag': 'Topic',
	'search.filterCount': { one: '{count} result', other: '{count} results' },
	'search.sections': 'Matching sections of {title}',
	'search.didYouMean': 'Did you mean {suggestion}?',
	'search.didYouMeanHint': 'Press Enter in the box to search for it.',

	// The preview's banner of content problems (npm run dev).
	'preview.problemsLabel': 'Content problems',
	'preview.problems': {
		one: '{count} content problem: this preview may show an older version. Fix each one and save; this notice updates by itself.',
		other:
			'{count} content problems: this preview may show an older version. Fix each one and save; this notice updates by itself.',
	},
	'preview.line': 'line {line}',
} as const;

export default en;
