import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One accessibility failure, as axe reports it, trimmed to what a reader of the test output needs. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/**
 * Runs axe-core in the page against WCAG 2.2 A and AA (and the 2.0/2.1 rules it includes), optionally within one
 * element. The script is added through the DevTools protocol, so it runs even under the site's CSP.
 */
export async function axeViolations(tab: Page, include?: string): Promise<AxeViolation[]> {
	await tab.evaluate(axeSource);
	return tab.evaluate(async (selector) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: unknown,
						options: unknown,
					) => Promise<{
						violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
					}>;
				};
			}
		).axe;
		const { violations } = await axe.run(selector ? { include: [selector] } : document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
		});
		return violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.map((n) => n.target.join(' ')),
		}));
	}, include);
}
