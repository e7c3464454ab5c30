import { afterEach, describe, expect, test } from 'vitest';
import { PAGE_MODULE } from '../../../src/lib/page-modules';
import { onPageUse } from '../../../src/browser/page-queue';

const button = (name: string) => ({ name }) as unknown as HTMLElement;

describe('onPageUse', () => {
	afterEach(() => {
		globalThis.labEssays = undefined;
	});

	test('handles what was queued for its module while it loaded, in order, and nothing queued for others', () => {
		globalThis.labEssays = [
			[PAGE_MODULE.actions, button('theme')],
			[PAGE_MODULE.search, null],
			[PAGE_MODULE.actions, button('copy')],
		];
		const handled: (string | null)[] = [];
		onPageUse(PAGE_MODULE.actions, (target) =>
			handled.push(target ? (target as unknown as { name: string }).name : null),
		);
		expect(handled).toEqual(['theme', 'copy']);
	});

	test('then handles each new request as the page script queues it', () => {
		const searches: (HTMLElement | null)[] = [];
		const actions: (HTMLElement | null)[] = [];
		onPageUse(PAGE_MODULE.search, (target) => searches.push(target));
		onPageUse(PAGE_MODULE.actions, (target) => actions.push(target));
		const video = button('video');
		globalThis.labEssays!.push([PAGE_MODULE.search]);
		globalThis.labEssays!.push([PAGE_MODULE.actions, video]);
		expect(searches).toEqual([null]);
		expect(actions).toEqual([video]);
		expect(globalThis.labEssays).toHaveLength(2);
	});
});
