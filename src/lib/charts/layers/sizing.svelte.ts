import { browser } from '$app/environment';

/**
 * Whether charts lay their labels out for their measured size yet. A chart the server drew laid them
 * out for an assumed width (`ASSUMED_WIDTH`). In the browser it keeps that layout while it comes to
 * life, so hydration changes nothing on screen and does its work once, and takes its measured size
 * from the next frame on: a second, smaller piece of work in a task of its own.
 */
class Sizing {
	measured = $state(false);
}

export const sizing = new Sizing();

/** Called by a chart once it is mounted: from the next frame on, charts use their measured sizes. */
export function measureFromNextFrame(): void {
	if (browser && !sizing.measured) requestAnimationFrame(() => (sizing.measured = true));
}
