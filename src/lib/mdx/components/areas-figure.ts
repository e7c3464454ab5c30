import type { ElementContent } from 'hast';
import { areasFigure as drawAreas, type Area } from '../../charts/areas.ts';
import { figureId } from '../../charts/figure.ts';
import { figureHtml, listProp, requiredText } from './figure-html.ts';
import { stringProp, type ComponentProps } from './types.ts';

/** `<AreasFigure title="…" areas={[{ name, description }, …]} />`: a model's areas as tiles, with a table. */
export function areasFigure(props: ComponentProps): ElementContent {
	const title = requiredText(props, 'AreasFigure', 'title');
	const areas = listProp<Area>(props, 'AreasFigure', 'areas', '{ name: "…", description: "…" }, …');
	return figureHtml(drawAreas(areas, { id: figureId(title), title, source: stringProp(props, 'source') }));
}
