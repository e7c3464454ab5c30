import type { ElementContent } from 'hast';
import { figureId } from '../../charts/figure.ts';
import { processFigure as drawProcess, type ProcessStage } from '../../charts/process.ts';
import { figureHtml, listProp, requiredText } from './figure-html.ts';
import { stringProp, type ComponentProps } from './types.ts';

/** `<ProcessFigure title="…" stages={[{ name, description? }, …]} />`: a process as numbered steps, with a table. */
export function processFigure(props: ComponentProps): ElementContent {
	const title = requiredText(props, 'ProcessFigure', 'title');
	const stages = listProp<ProcessStage>(props, 'ProcessFigure', 'stages', '{ name: "…" }, …');
	return figureHtml(drawProcess(stages, { id: figureId(title), title, source: stringProp(props, 'source') }));
}
