// @ts-check
// The benchmark's reference build: the site's own config with `markdown.processor` left out, so Astro 7 falls back
// to its default Sätteri processor for .md and .mdx, and with MDX entries loaded Astro's own way — Astro's glob
// loader, each entry compiled to a module and bundled (LAB_ESSAYS_MDX_MODULES, read by src/content.config.ts) —
// rather than rendered to HTML by our loader. Everything else (pages, integrations, Pagefind) is the same.
// Used by `npm run bench` as `astro build --config scripts/bench/reference.config.mjs`.
import site from '../../astro.config.mjs';

// Set here, where only the reference build reads it; the content config is loaded after this file.
process.env.LAB_ESSAYS_MDX_MODULES = '1';

const markdown = Object.fromEntries(Object.entries(site.markdown ?? {}).filter(([key]) => key !== 'processor'));

export default { ...site, markdown };
