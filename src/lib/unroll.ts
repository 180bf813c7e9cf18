/**
 * Makes the page read as it does without JavaScript. Every `<noscript>` part is drawn in place (the
 * story's static chart after each step, the questions, present mode's handout; and the head's rules
 * that hide what needs a script and show what stands in for it). Used while the page is printed, and
 * for good in a browser that cannot follow the scroll. Returns the way back.
 *
 * With scripts on, a browser reads a `<noscript>` as one piece of text: the page carries these parts
 * at no cost until they are wanted, and they are the very HTML a reader without JavaScript gets.
 */
export function unroll(root: ParentNode = document): () => void {
	const added: ChildNode[] = [];
	for (const noscript of root.querySelectorAll('noscript')) {
		const template = document.createElement('template');
		template.innerHTML = noscript.textContent ?? '';
		added.push(...template.content.childNodes);
		noscript.after(template.content);
	}
	return () => {
		for (const node of added) node.remove();
	};
}

/**
 * Unrolls the page for as long as the browser prints it: `beforeprint` comes before the browser lays
 * the page out for paper, and the parts are drawn there and then. Returns the teardown.
 */
export function unrollWhilePrinting(): () => void {
	let restore: (() => void) | undefined;
	const before = () => {
		restore?.();
		restore = unroll();
	};
	const after = () => {
		restore?.();
		restore = undefined;
	};
	addEventListener('beforeprint', before);
	addEventListener('afterprint', after);
	return () => {
		after();
		removeEventListener('beforeprint', before);
		removeEventListener('afterprint', after);
	};
}
