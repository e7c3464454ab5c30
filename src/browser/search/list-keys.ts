/**
 * Arrow keys move focus through the links of a result list; ArrowUp from the first link returns to the input,
 * ArrowDown from the input enters the list. Home and End jump to the first and last link. Enter follows the link.
 */
export function enableArrowKeys(input: HTMLInputElement, list: HTMLElement): void {
	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown') return;
		const first = links()[0];
		if (!first) return;
		event.preventDefault();
		first.focus();
	});
	list.addEventListener('keydown', (event) => {
		const all = links();
		const index = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (index === -1) return;
		const target =
			event.key === 'ArrowDown'
				? all[Math.min(index + 1, all.length - 1)]
				: event.key === 'ArrowUp'
					? (all[index - 1] ?? input)
					: event.key === 'Home'
						? all[0]
						: event.key === 'End'
							? all.at(-1)
							: undefined;
		if (!target) return;
		event.preventDefault();
		target.focus();
	});
}
