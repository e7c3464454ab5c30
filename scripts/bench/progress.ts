/** The line that shows what the benchmark is doing: `[2/6] 2000 essays · ours cold build · 0:42`. */
export function progressLine(step: { index: number; total: number; essays: number; task: string; elapsedMs: number }) {
	const total = Math.floor(step.elapsedMs / 1000);
	const clock = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
	return `[${step.index}/${step.total}] ${step.essays} essays · ${step.task} · ${clock}`;
}

/**
 * Keeps one progress line up to date on stderr while a task runs: rewritten in place on a terminal,
 * printed when a task starts and ends otherwise (CI logs).
 */
export function showProgress(describe: (elapsedMs: number) => string): { done: () => void } {
	const started = Date.now();
	const tty = process.stderr.isTTY;
	if (!tty) {
		process.stderr.write(`${describe(0)}\n`);
		return { done: () => void process.stderr.write(`${describe(Date.now() - started)} done\n`) };
	}
	const draw = () => process.stderr.write(`\r\u001b[2K${describe(Date.now() - started)}`);
	draw();
	const timer = setInterval(draw, 1000);
	return {
		done: () => {
			clearInterval(timer);
			draw();
			process.stderr.write('\n');
		},
	};
}
