/**
 * A prerendered island, as `Island.svelte` draws `CounterIsland` on the server: the islands' tests
 * check the server draws exactly this (in Node) and that the browser brings exactly this to life (in
 * jsdom). Not part of the page.
 */

/** The static words the counter adopts. */
export const WORDS = '<p class="words">Drawn <b>once</b>, by the server.</p>';

/** The island, its props script beside it, as the server writes them (Svelte's markers and all). */
export const ISLAND_HTML =
	'<!--[--><div class="island svelte-10vx7qd" data-island="counter"><!--[--><button type="button">3</button>' +
	WORDS +
	'<!----><!--]--></div> <!--[0--><!--1x848l3--><script type="application/json" data-island-props="counter">' +
	'{"start":3}</script><!----><!--]--><!--]-->';

/** The same island without words: one that needs nothing adopted. */
export const BARE_ISLAND_HTML = ISLAND_HTML.replace(WORDS, '');
