// Attributes browsers know that Svelte's element types do not yet list.
declare module 'svelte/elements' {
	export interface HTMLLinkAttributes {
		/** `render`: the page is not painted before this link's condition holds (`rel="expect"`: an element is parsed). */
		blocking?: 'render' | undefined | null;
	}
}

export {};
