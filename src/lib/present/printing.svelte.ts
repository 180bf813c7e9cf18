import { flushSync } from 'svelte';

/**
 * Whether the page is being printed. The handout (every step's chart) is drawn only then: it is too
 * much to keep in a live page. The browser announces printing with `beforeprint`, before it lays the
 * page out for paper, so the handout is drawn synchronously there.
 */
export class Printing {
	active = $state(false);

	/** Starts listening; returns the teardown. */
	watch(): () => void {
		const before = () => flushSync(() => (this.active = true));
		const after = () => (this.active = false);
		addEventListener('beforeprint', before);
		addEventListener('afterprint', after);
		return () => {
			removeEventListener('beforeprint', before);
			removeEventListener('afterprint', after);
		};
	}
}
