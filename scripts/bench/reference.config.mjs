// @ts-check
// The benchmark's reference build: the site's own config with `markdown.processor` left out, so Astro 7 falls back
// to its default Sätteri processor for .md and .mdx, and with MDX entries loaded Astro's own way — Astro's glob
// loader, each entry compiled to a module and bundled (LAB_ESSAYS_MDX_MODULES=on, which the benchmark sets for this build) —
// rather than rendered to HTML by our loader. Everything else (pages, integrations, Pagefind) is the same.
// Used by `npm run bench` as `astro build --config scripts/bench/reference.config.mjs`.
import site from '../../astro.config.mjs';

const markdown = Object.fromEntries(Object.entries(site.markdown ?? {}).filter(([key]) => key !== 'processor'));

export default { ...site, markdown };
