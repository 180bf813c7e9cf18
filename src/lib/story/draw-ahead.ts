/**
 * The story's cards are drawn only as the reader nears them (`content-visibility: auto` in
 * StorySteps.svelte): the first load lays out one screen, not 27 cards. Once the page is quiet, this
 * draws the rest, one card per idle moment, so that a reader's scroll never waits for a card to be
 * styled and laid out (on a slow phone, a card drawn mid-scroll costs a dropped frame).
 */

/** Runs `callback` at the browser's next idle moment; returns what cancels it. */
export type WhenIdle = (callback: () => void) => () => void;

/** `requestIdleCallback`, or, where a browser has none, a pause of 50 ms. */
export const whenIdle: WhenIdle = (callback) => {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(callback);
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(callback, 50);
	return () => clearTimeout(id);
};

/**
 * Draws `cards` in order, one per idle moment (a callback asked for from an idle moment runs in the
 * next one, after the browser has drawn a frame). Returns what stops it: the story unmounts.
 */
export function drawAhead(cards: readonly HTMLElement[], idle: WhenIdle = whenIdle): () => void {
	let next = 0;
	const drawOne = () => {
		const card = cards[next++];
		if (!card) return;
		card.style.contentVisibility = 'visible';
		cancel = idle(drawOne);
	};
	let cancel = idle(drawOne);
	return () => cancel();
}
