/**
 * Build time only: puts the parts of a prerendered page that only a reader without JavaScript sees
 * inside `<noscript>`.
 *
 * The story draws each step's chart at build time for a reader without JavaScript, and present mode
 * prints its handout; with JavaScript those are never shown, yet a browser would still build, style
 * and then (on hydration) remove thousands of elements. Inside `<noscript>` a browser with JavaScript
 * reads them as one piece of text, and one without reads them as the page. A component marks such a
 * part with `data-noscript` on its outermost element, rendered only on the server (`{#if !browser}`), so
 * hydration removes the `<noscript>` the way it would have removed the part.
 */
export function wrapNoscriptParts(html: string): string {
	const opening = /<([a-z][\w-]*)\b[^>]*\sdata-noscript(?:="[^"]*")?[^>]*>/g;
	let out = '';
	let from = 0;
	for (let match = opening.exec(html); match; match = opening.exec(html)) {
		const end = closingEnd(html, match[1]!, match.index);
		out += `${html.slice(from, match.index)}<noscript>${html.slice(match.index, end)}</noscript>`;
		from = end;
		opening.lastIndex = end;
	}
	return out + html.slice(from);
}

/** Where the element opened at `start` ends: just past its matching closing tag. */
function closingEnd(html: string, tag: string, start: number): number {
	const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
	tags.lastIndex = start;
	let depth = 0;
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		depth += match[1] ? -1 : 1;
		if (depth === 0) return tags.lastIndex;
	}
	throw new Error(`wrapNoscriptParts: the <${tag} data-noscript> at character ${start} is never closed`);
}
