import { parseArgs } from 'node:util';

/** What `npm run bench -- …` was asked to do. */
export interface BenchOptions {
	/** Corpus sizes in essays, in the order given: `--sizes 100,1000,2000`. */
	sizes: number[];
	/** Also build each corpus with Astro's default Sätteri processor (off with `--no-reference`). */
	reference: boolean;
	/** Also build each corpus as plain Markdown with Hugo, when it is installed (off with `--no-hugo`). */
	hugo: boolean;
	/** Write a V8 CPU profile of our cold build of each size to .bench/profiles/ (`--cpu-prof`). */
	cpuProf: boolean;
	/** Print the usage and stop. */
	help: boolean;
}

export const DEFAULT_SIZES = [100, 1000, 2000];

export const USAGE = `Usage: npm run bench -- [--sizes 100,1000,2000] [--no-reference] [--no-hugo] [--cpu-prof]

  --sizes <list>   corpus sizes in essays, comma-separated (default ${DEFAULT_SIZES.join(',')})
  --no-reference   skip the reference build with Astro's default Sätteri processor
  --no-hugo        skip the Hugo build of the same essays as plain Markdown
  --cpu-prof       write a CPU profile of our cold build of each size to .bench/profiles/
  --help           show this text`;

/** Reads the command line: `parseBenchArgs(['--sizes', '200']) => { sizes: [200], reference: true, … }`. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				sizes: { type: 'string' },
				'no-reference': { type: 'boolean', default: false },
				'no-hugo': { type: 'boolean', default: false },
				'cpu-prof': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		throw new Error(`${(error as Error).message}\n\n${USAGE}`, { cause: error });
	}
	return {
		sizes: values.sizes === undefined ? DEFAULT_SIZES : parseSizes(values.sizes),
		reference: !values['no-reference'],
		hugo: !values['no-hugo'],
		cpuProf: values['cpu-prof'],
		help: values.help,
	};
}

/** `'100, 2000'` → `[100, 2000]`; anything but positive whole numbers is an error that shows the right form. */
export function parseSizes(text: string): number[] {
	const parts = text.split(',').map((part) => part.trim());
	const sizes = parts.map(Number);
	const bad = parts.filter((part, i) => part === '' || !Number.isInteger(sizes[i]) || (sizes[i] ?? 0) < 1);
	if (bad.length > 0 || parts.length === 0) {
		throw new Error(
			`--sizes "${text}" is not a list of essay counts. Write positive whole numbers separated by commas, e.g. --sizes 100,1000,2000.`,
		);
	}
	return sizes;
}
