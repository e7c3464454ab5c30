/** Site-wide settings. */
export const SITE = {
	title: 'Lab Essays',
	organisation: 'Q Improvement Lab',
	description:
		'Essays, project overviews and updates from the Q Improvement Lab on peer support, mental health and persistent pain, and how the Lab works.',
	locale: 'en-GB',
} as const;
