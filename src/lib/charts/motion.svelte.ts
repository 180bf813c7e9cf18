import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';

/** How long a chart takes to move from one step's state to the next, in ms (the brief asks 400–900). */
export const TRANSITION_MS = 650;

const STORAGE_KEY = 'story:motion';

/** Reads a stored preference; storage may be missing or blocked (a sandboxed iframe): then nothing. */
function readStored(): boolean {
	try {
		return globalThis.localStorage?.getItem(STORAGE_KEY) === 'off';
	} catch {
		return false;
	}
}

/**
 * The reader's motion preference: the system's `prefers-reduced-motion`, or the page's own switch.
 * Either one turns every chart transition into an instant change.
 */
class MotionPreference {
	/** Set by the page's switch. */
	#switchedOff = $state(false);

	/**
	 * Takes up the choice stored on an earlier visit; call once the page has mounted. The first read of
	 * storage can take milliseconds (the browser opens it), so it waits for a task of its own.
	 */
	restore(): void {
		setTimeout(() => (this.#switchedOff = readStored()));
	}

	/** True when charts should change without animation. */
	get reduced(): boolean {
		return this.#switchedOff || prefersReducedMotion.current;
	}

	/** The page switch's own state (the system setting aside). */
	get switchedOff(): boolean {
		return this.#switchedOff;
	}

	set switchedOff(off: boolean) {
		this.#switchedOff = off;
		try {
			globalThis.localStorage?.setItem(STORAGE_KEY, off ? 'off' : 'on');
		} catch {
			// Storage is blocked; the switch still works for this visit.
		}
	}

	/** Turns the page's switch over: off if it was on, on if it was off. */
	toggle(): void {
		this.switchedOff = !this.switchedOff;
	}

	/** The duration a tween should use now. */
	get duration(): number {
		return this.reduced ? 0 : TRANSITION_MS;
	}
}

export const motion = new MotionPreference();

/**
 * A value that follows `target`, eased over `TRANSITION_MS`, or at once when motion is reduced. A new
 * target interrupts a running tween and starts from where it is, so a fast scroll always ends on the
 * last target. A target that comes while the last change is still under way (the reader is flinging
 * through steps) is taken at once: a tween nobody stops to watch only costs frames.
 * Call it during component initialisation.
 */
export function follow<T>(target: () => T): Tween<T> {
	const tween = new Tween(target(), { easing: cubicInOut });
	let last = Number.NEGATIVE_INFINITY;
	let first = true;
	$effect(() => {
		const next = target();
		const duration = motion.duration;
		// The first run only starts following: the value is already there, and it is no change.
		if (first) {
			first = false;
			return;
		}
		const now = performance.now();
		const hurried = now - last < TRANSITION_MS;
		last = now;
		void tween.set(next, { duration: hurried ? 0 : duration });
	});
	return tween;
}
