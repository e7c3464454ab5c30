import type { Random } from './random.ts';

// A vocabulary in the register of the Lab's essays, so word lengths, token mix and index size look like the real
// thing. Lists are '|'-separated strings so the formatter keeps them compact.
const words = (list: string) => list.split('|');
const NOUNS = words(
	"peer support|evaluation|patients|carers|clinicians|services|commissioners|evidence|the Lab|participants|communities|workshops|insight|practice|outcomes|pain|mental health|the survey|volunteers|networks|charities|experience|learning|referrals|trust|funding|the challenge|prototypes|stakeholders|researchers|the NHS|data|conversations|ideas|improvement|care|the project|the team|members|partners|families|professionals|the Lab's approach|people's needs|carers' views|the NHS's plans",
);
const VERBS = words(
	'shapes|supports|challenges|connects|informs|reveals|strengthens|tests|changes|frames|guides|weakens|explains|measures|builds|questions|improves|describes',
);
const ADJECTIVES = words(
	'local|national|practical|early|shared|lasting|careful|small|honest|formal|informal|unexpected|reliable|diverse|clinical|personal|collective|modest|complex|useful',
);
const LINKERS = words('because|while|although|so that|when|whereas|and yet|even though|as long as|before');
const ADVERBS = words('often|rarely|quietly|slowly|sometimes|clearly|largely|still');

/** A noun phrase such as "shared evidence" or "the team". */
function phrase(random: Random): string {
	const noun = random.pick(NOUNS);
	return random.next() < 0.45 ? `${random.pick(ADJECTIVES)} ${noun}` : noun;
}

/** One clause: "local carers often shape the survey". */
function clause(random: Random): string {
	const adverb = random.next() < 0.3 ? `${random.pick(ADVERBS)} ` : '';
	return `${phrase(random)} ${adverb}${random.pick(VERBS)} ${phrase(random)}`;
}

/** A sentence of roughly 8–25 words, with the occasional emphasis, link, quotation or contraction. */
export function sentence(random: Random): string {
	let text = clause(random);
	const extra = random.int(0, 2);
	for (let i = 0; i < extra; i++) text += ` ${random.pick(LINKERS)} ${clause(random)}`;
	const flourish = random.next();
	if (flourish < 0.08) text = text.replace(/(\w+ \w+)$/, '**$1**');
	else if (flourish < 0.14) text = text.replace(/(\w+)$/, '_$1_');
	else if (flourish < 0.19)
		text += ` (see [the ${random.pick(ADJECTIVES)} report](https://example.org/r/${random.int(1, 999)}))`;
	// Straight quotes and apostrophes, as editors type them, so smart punctuation has real work to do.
	else if (flourish < 0.25) text += `, as one member put it, "${clause(random)}"`;
	else if (flourish < 0.29) text = `it's clear that ${text}`;
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph of sentences totalling at least `words` words. */
export function paragraph(random: Random, words: number): string {
	const sentences: string[] = [];
	let count = 0;
	while (count < words) {
		const next = sentence(random);
		sentences.push(next);
		count += next.split(/\s+/).length;
	}
	return sentences.join(' ');
}

/** A short title in sentence case, e.g. "Shared evidence and local carers". */
export function title(random: Random): string {
	const text = `${phrase(random)} and ${phrase(random)}`;
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
