import { parse as parseYaml } from 'yaml';
import type { CorpusFile } from './corpus.ts';

/**
 * An MDX body as plain Markdown for Hugo: component tags are dropped, a `<Source id="x" />` citation becomes its
 * id as text, and the Markdown between a component's tags stays. `'<Callout>\n\nHi\n\n</Callout>' => '\n\nHi\n\n'`.
 */
export function stripComponents(body: string): string {
	return body
		.replace(/<Source\s+id="([^"]*)"\s*\/>/g, '$1')
		.replace(/<\/?[A-Z][A-Za-z]*(?:\s+[^<>]*?)?\s*\/?>/g, '')
		.replace(/\n{3,}/g, '\n\n');
}

/** Splits `---\n…\n---\n` frontmatter from the body. */
function splitFrontmatter(contents: string): { data: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(contents);
	if (!match) return { data: {}, body: contents };
	return { data: (parseYaml(match[1] ?? '') as Record<string, unknown>) ?? {}, body: contents.slice(match[0].length) };
}

const LAYOUT_BASE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
`;
const LAYOUT_SINGLE = `{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}{{ .TableOfContents }}{{ .Content }}</article>{{ end }}
`;
const LAYOUT_LIST = `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ end }}
`;
const CONFIG = `baseURL = "https://bench.example.org/"
languageCode = "en-gb"
title = "Benchmark"
disableKinds = ["taxonomy", "term"]
[pagination]
  pagerSize = 20
[markup.goldmark.extensions]
  footnote = true
  table = true
  typographer = true
`;

/**
 * The same essays, projects, updates and pages as a Hugo site (`hugo.toml`, minimal layouts, `content/…/*.md`),
 * as plain Markdown: the benchmark's speed limit of the field, with GFM tables, footnotes, heading ids, smart
 * punctuation and a table of contents, and no components, search index or images.
 */
export function hugoSiteFiles(corpus: readonly CorpusFile[]): CorpusFile[] {
	const pages = corpus
		.filter((file) => /\.mdx?$/.test(file.path))
		.map((file) => {
			const { data, body } = splitFrontmatter(file.contents);
			const date = data.published ?? data.start;
			const front = { title: data.title, summary: data.summary, ...(date ? { date } : {}) };
			const lines = Object.entries(front)
				.filter(([, value]) => value !== undefined)
				.map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
			return {
				path: `content/${file.path.replace(/\.mdx?$/, '.md')}`,
				contents: `---\n${lines.join('\n')}\n---\n${stripComponents(body)}`,
			};
		});
	return [
		{ path: 'hugo.toml', contents: CONFIG },
		{ path: 'layouts/_default/baseof.html', contents: LAYOUT_BASE },
		{ path: 'layouts/_default/single.html', contents: LAYOUT_SINGLE },
		{ path: 'layouts/_default/list.html', contents: LAYOUT_LIST },
		...pages,
	];
}
