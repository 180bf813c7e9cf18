/**
 * The browser's half of the islands: finds each island the server drew, reads its props, and hydrates
 * its component in place. Nothing outside an island is touched.
 */
import { createRawSnippet, hydrate, type Component, type Snippet } from 'svelte';
import { PROPS_ATTRIBUTE } from './props';

/** One island on the page, before it is hydrated. */
export interface FoundIsland<P> {
	element: HTMLElement;
	/** The props the server drew it with. */
	props: P;
}

/** The islands of this name on the page, with their props (islands whose props are missing or unreadable are left static). */
export function findIslands<P>(name: string): Array<FoundIsland<P>> {
	const found: Array<FoundIsland<P>> = [];
	for (const element of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		const script = element.nextElementSibling;
		if (!(script instanceof HTMLScriptElement) || script.getAttribute(PROPS_ATTRIBUTE) !== name) continue;
		try {
			found.push({ element, props: JSON.parse(script.textContent ?? '') as P });
		} catch {
			// A page altered on the way (a proxy, an extension): the island stays as the server drew it.
		}
	}
	return found;
}

export interface HydrateOptions<P> {
	/** Props the JSON cannot carry: snippets adopted from the page (`adopt`), shared state. */
	extra?: Partial<P>;
	/** Context for the island's components (what a parent would have set on the server). */
	context?: Map<unknown, unknown>;
}

/** Brings one island to life. Returns its component's exports. */
export function hydrateIsland<P extends Record<string, any>>(
	{ element, props }: FoundIsland<P>,
	component: Component<P>,
	{ extra, context }: HydrateOptions<P> = {}
) {
	return hydrate(component, { target: element, props: { ...props, ...extra } as P, context });
}

/**
 * A snippet that takes over an element the server drew instead of drawing it again: how an island
 * keeps a large static part (the story's steps, the stepper's words) inside it without carrying that
 * part's data as JSON or hydrating it node by node. `element` is the snippet's element in the page,
 * found before hydration. If hydration fails and Svelte draws the island afresh, the same element is
 * put back in place of the blank it draws.
 */
export function adopt(element: Element): Snippet {
	return createRawSnippet(() => ({
		render: () => '<div></div>',
		setup(node) {
			if (node !== element) node.replaceWith(element);
			else if (import.meta.env.DEV) dropDevComment(node);
		}
	}));
}

const isEmptyComment = (node: Node | null): node is Comment =>
	node?.nodeType === Node.COMMENT_NODE && (node as Comment).data === '';

/**
 * Development only: Svelte's development server render writes one more empty comment after a
 * component that a snippet draws at its top level (the story's steps, the stepper's words) than its
 * production render does, and the browser's hydration, which expects one, would stumble on the
 * second. Two empty comments in a row there are one too many; the second goes.
 */
function dropDevComment(element: Element): void {
	const next = element.nextSibling;
	if (isEmptyComment(next) && isEmptyComment(next.nextSibling)) next.nextSibling.remove();
}

/**
 * Hydrates the islands of this name once their component has loaded: for islands the page can do
 * without until the reader nears them (`whenNear`), whose code is not loaded with the page. Each
 * island comes to life in a task of its own, after the one that loaded its code.
 */
export async function hydrateLater<P extends Record<string, any>>(
	name: string,
	load: () => Promise<{ default: Component<P> }>
): Promise<void> {
	const found = findIslands<P>(name);
	if (found.length === 0) return;
	try {
		const { default: component } = await load();
		for (const island of found) {
			await new Promise((resolve) => setTimeout(resolve));
			hydrateIsland(island, component);
		}
	} catch {
		// Offline or blocked: the island stays as the server drew it.
	}
}

/**
 * Calls back once, when the element comes within a screen's height of the viewport (or at once where
 * there is no IntersectionObserver). Parts far below the first screen wait for this. An island's own
 * element has no box of its own (`display: contents`) and never meets the viewport, so for an island
 * its children are watched.
 */
export function whenNear(element: Element, callback: () => void): void {
	if (typeof IntersectionObserver !== 'function') return callback();
	const boxes = element.hasAttribute('data-island') ? [...element.children] : [element];
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			callback();
		},
		{ rootMargin: '100% 0px' }
	);
	for (const box of boxes) observer.observe(box);
}
