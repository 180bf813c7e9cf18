import type { Dataset } from '$lib/data/schema';
import { formatFigure, formatFigureNumber, formatPeriod } from './format';
import type { Copy } from './types';

/** A piece of resolved text: plain words, or a figure (kept apart so it can link to its source). */
export type Segment = { text: string } | { text: string; figure: string };

const TOKEN = /\{([a-z][a-z0-9_]*)(?::(number|period))?\}/g;

/** The ids a text names with `{id}`, `{id:number}` or `{id:period}`. */
export function tokenIds(text: string): string[] {
	return [...text.matchAll(TOKEN)].map((match) => match[1] as string);
}

/**
 * Replaces the tokens of a copy text with figures from the dataset, formatted for the copy's
 * language. An unknown id throws, naming it, so a typo fails the build instead of showing a gap.
 */
export function resolveText(text: string, dataset: Dataset, copy: Copy): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(TOKEN)) {
		const [whole, id = '', mode] = match;
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		const figure = dataset.figures.find((candidate) => candidate.id === id);
		const milestone = dataset.milestones.find((candidate) => candidate.id === id);
		if (mode === 'period') {
			const period = figure?.period ?? milestone?.period;
			if (period === undefined) throw new Error(`the copy names "${id}", which is no figure or milestone`);
			segments.push({ text: formatPeriod(period, copy) });
		} else {
			if (!figure) throw new Error(`the copy names "${id}", which is no figure`);
			segments.push({
				text: mode === 'number' ? formatFigureNumber(figure, copy) : formatFigure(figure, copy),
				figure: id
			});
		}
		last = match.index + whole.length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

/** The resolved text as one plain string (for descriptions, titles and tests). */
export function plainText(segments: Segment[]): string {
	return segments.map((segment) => segment.text).join('');
}
