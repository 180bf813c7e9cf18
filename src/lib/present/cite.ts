/**
 * "Cite this": the story as a reference, in APA (7th edition, a web page with no personal author) and
 * in China's GB/T 7714-2015 (an online resource, `[EB/OL]`, with its publication and citation dates).
 */

/** The date this edition of the story was published, `YYYY-MM-DD`. */
export const PUBLISHED = '2026-11-24';

export interface CiteInput {
	title: string;
	/** What it is, in the reader's language ("Interactive story"). */
	kind: string;
	/** `YYYY-MM-DD`. */
	published: string;
	/** The day it was read, `YYYY-MM-DD`. */
	accessed: string;
	/** The permalink. */
	url: string;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** APA: `Title [Kind]. (2026, November 24). URL` (no author: the title leads). */
export function apa({ title, kind, published, url }: CiteInput): string {
	const [year, month, day] = published.split('-').map(Number);
	return `${title} [${kind}]. (${year}, ${MONTHS[(month ?? 1) - 1]} ${day}). ${url}`;
}

/** GB/T 7714-2015: `Title[EB/OL]. (2026-11-24)[2026-11-25]. URL.` */
export function gbt7714({ title, published, accessed, url }: CiteInput): string {
	return `${title}[EB/OL]. (${published})[${accessed}]. ${url}.`;
}

/** Today, `YYYY-MM-DD`, in the reader's own time zone. */
export function today(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
