/**
 * An island's props travel from the prerendered page to the browser as JSON in a
 * `<script type="application/json">` beside the island. The browser never runs it; it parses it.
 */

/** The attribute that names the island a props script belongs to. */
export const PROPS_ATTRIBUTE = 'data-island-props';

/**
 * The props as a JSON script element. Functions (snippets) are left out; `<` is written `\u003c`, so
 * no string in the data can close the element early or open a comment.
 */
export function propsScript(name: string, props: Record<string, unknown>): string {
	if (!/^[a-z][a-z-]*$/.test(name)) throw new Error(`an island's name is lowercase words: "${name}"`);
	const json = JSON.stringify(props).replace(/</g, '\\u003c');
	return `<script type="application/json" ${PROPS_ATTRIBUTE}="${name}">${json}</script>`;
}
