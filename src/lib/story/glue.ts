import type { Segment } from '$lib/i18n/tokens';

/** A run of a paragraph: plain words, or a figure with the punctuation that must stay on its line. */
export type Run = { text: string } | { figure: string; text: string; before: string; after: string };

const OPENING = /[(“‘"[（「『]+$/u;
const CLOSING = /^[)”’"\]）」』.,;:!?%。，、；：！？]+/u;

/**
 * Joins each figure of a paragraph to the punctuation touching it ("(", "):", "."), so a figure drawn
 * as an inline button never leaves a bracket or a colon alone at the start or end of a line.
 */
export function glue(paragraph: readonly Segment[]): Run[] {
	const runs: Run[] = paragraph.map((segment) =>
		'figure' in segment
			? { figure: segment.figure, text: segment.text, before: '', after: '' }
			: { text: segment.text }
	);
	runs.forEach((run, index) => {
		if (!('figure' in run)) return;
		const previous = runs[index - 1];
		const next = runs[index + 1];
		if (previous && !('figure' in previous)) {
			const opening = OPENING.exec(previous.text)?.[0] ?? '';
			run.before = opening;
			previous.text = previous.text.slice(0, previous.text.length - opening.length);
		}
		if (next && !('figure' in next)) {
			const closing = CLOSING.exec(next.text)?.[0] ?? '';
			run.after = closing;
			next.text = next.text.slice(closing.length);
		}
	});
	return runs.filter((run) => 'figure' in run || run.text !== '');
}
