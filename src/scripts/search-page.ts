// Client-side search for /search/: reads ?q=, queries Pagefind and lists the results.

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

export async function runSearchPage(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('form[data-pagefind]');
	const input = document.querySelector<HTMLInputElement>('#search-query');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	if (!form || !input || !status || !list) return;

	let pagefind: Pagefind;
	try {
		pagefind = await import(/* @vite-ignore */ form.dataset.pagefind!);
		await pagefind.options({ baseUrl: form.dataset.base ?? '/' });
	} catch {
		status.textContent = 'Search works on the built site only. Run npm run build, then npm run preview.';
		return;
	}

	const show = async (query: string) => {
		list.replaceChildren();
		if (!query.trim()) {
			status.textContent = '';
			return;
		}
		const { results } = await pagefind.search(query);
		const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
		status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”`;
		for (const result of data) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			const excerpt = document.createElement('p');
			excerpt.innerHTML = result.excerpt; // Pagefind escapes page text and adds only <mark>.
			const heading = document.createElement('h2');
			heading.append(link);
			item.append(heading, excerpt);
			list.append(item);
		}
	};

	const query = new URLSearchParams(location.search).get('q') ?? '';
	input.value = query;
	await show(query);
}
