/** An essay's place in its series: `essayPosition(3, 6)` => "Essay 3 of 6". */
export function essayPosition(number: number, length: number): string {
	return `Essay ${number} of ${length}`;
}

/** The same position written for a citation: `seriesPosition('Project one', 3, 6)` => "Project one, essay 3 of 6". */
export function seriesPosition(projectLabel: string, number: number, length: number): string {
	return `${projectLabel}, essay ${number} of ${length}`;
}
