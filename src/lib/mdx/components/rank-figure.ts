import type { ElementContent } from 'hast';
import { figureId } from '../../charts/figure.ts';
import { rankFigure as drawRanks, type GroupRank } from '../../charts/rank.ts';
import { figureHtml, listProp, requiredText } from './figure-html.ts';
import { stringProp, type ComponentProps } from './types.ts';

/**
 * `<RankFigure title="…" factor="…" outOf={12} groups={[{ label, rank }, …]} />`: where each group ranked one
 * factor, with a table.
 */
export function rankFigure(props: ComponentProps): ElementContent {
	const title = requiredText(props, 'RankFigure', 'title');
	const factor = requiredText(props, 'RankFigure', 'factor');
	const outOf = Number((props as { outOf?: unknown }).outOf);
	const groups = listProp<GroupRank>(props, 'RankFigure', 'groups', '{ label: "…", rank: 1 }, …');
	return figureHtml(
		drawRanks(groups, { id: figureId(title), title, factor, outOf, source: stringProp(props, 'source') }),
	);
}
