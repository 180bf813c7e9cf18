import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CounterIsland from '$lib/testing/CounterIsland.svelte';
import { BARE_ISLAND_HTML, ISLAND_HTML, WORDS } from '$lib/testing/island-page';
import Island from './Island.svelte';

const words = createRawSnippet(() => ({ render: () => WORDS }));
/** The page's HTML around an island, as the server draws it. */
const island = (props: Record<string, unknown>) => render(Island, { props: props as never }).body;
/** Svelte's own markers: `<!--[-->`, `<!--]-->`, `<!---->` and the like. */
const withoutOuterMarkers = (html: string) => html.replace(/^<!--[^>]*-->|<!--[^>]*-->$/g, '');

describe('Island on the server', () => {
	it('draws its component inline, exactly as a page of its own would, with its props beside it as JSON', () => {
		const page = island({ name: 'counter', component: CounterIsland, props: { start: 3, words } });
		// The island element holds what `hydrate` expects: the component's own render, markers and all.
		const alone = render(CounterIsland, { props: { start: 3, words } }).body;
		expect(page).toContain(`data-island="counter">${alone}</div>`);
		// The page the islands' jsdom tests hydrate is this very output.
		expect(page).toBe(ISLAND_HTML);
		expect(withoutOuterMarkers(alone)).toContain(WORDS);
		// And without words.
		expect(island({ name: 'counter', component: CounterIsland, props: { start: 3 } })).toBe(BARE_ISLAND_HTML);
	});
});
