import scrollama from 'scrollama';

/**
 * A typed wrapper around scrollama. Its bundled `index.d.ts` lacks `root`, `container`, `parent` and
 * pixel offsets, so the options the story uses are typed here, and the instance is reduced to one
 * callback and one teardown function.
 */

/** Where the trigger line sits: a fraction of the viewport from its top (0–1), or pixels (`"200px"`). */
export type TriggerOffset = number | `${number}px`;

export interface WatchStepsOptions {
	/** The step elements, in reading order. */
	steps: HTMLElement[];
	/** The trigger line; a step becomes active when it crosses it. */
	offset?: TriggerOffset;
	/** A scrolling ancestor to observe instead of the viewport. */
	root?: Element | null;
	/** Called with the 0-based index of the step that crossed the trigger line, and the scroll direction. */
	onStep: (index: number, direction: 'up' | 'down') => void;
	/**
	 * Called when scrolling stops, with the 0-based index of the step on the trigger line, measured
	 * once from the layout. Under load the observers can deliver a step's enter and exit together and
	 * report a stale step; this puts the story right once the page is still.
	 */
	onSettle?: (index: number) => void;
}

/** The parts of scrollama's options and instance we rely on, typed as the library really behaves. */
interface ScrollamaSetup {
	step: HTMLElement[];
	offset: TriggerOffset;
	root: Element | null;
}
interface ScrollamaInstance {
	setup(options: ScrollamaSetup): ScrollamaInstance;
	onStepEnter(callback: (response: { index: number; direction: 'up' | 'down' }) => void): ScrollamaInstance;
	destroy(): void;
}

/**
 * Watches the steps and reports each one that becomes active. Returns the teardown, which disconnects
 * every observer scrollama made; call it when the component unmounts.
 */
export function watchSteps({
	steps,
	offset = 0.5,
	root = null,
	onStep,
	onSettle
}: WatchStepsOptions): () => void {
	const instance = (scrollama as unknown as () => ScrollamaInstance)();
	// Still: the scroll has ended and no other has begun. A step reported then was seen on the way and
	// delivered late (a busy phone runs the observers' callbacks after the scroll end): the layout,
	// measured once, says which step is on the line.
	let still = false;
	const settle = () => {
		still = true;
		const index = stepOnLine(steps, triggerLine(offset));
		if (index !== undefined) onSettle?.(index);
	};
	instance
		.setup({ step: steps, offset, root })
		.onStepEnter(({ index, direction }) => (still ? settle() : onStep(index, direction)));
	if (!onSettle) return () => instance.destroy();

	// Where `scrollend` is missing, a pause of 150 ms in scroll events stands in for it.
	const pauseEnds = !('onscrollend' in window);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const moving = () => {
		still = false;
		if (pauseEnds) {
			clearTimeout(timer);
			timer = setTimeout(settle, 150);
		}
	};
	const target = root ?? window;
	target.addEventListener('scroll', moving, { passive: true });
	target.addEventListener('scrollend', settle, { passive: true });
	return () => {
		clearTimeout(timer);
		target.removeEventListener('scroll', moving);
		target.removeEventListener('scrollend', settle);
		instance.destroy();
	};
}

/** The trigger line, in pixels from the top of the viewport. */
function triggerLine(offset: TriggerOffset): number {
	return typeof offset === 'number' ? offset * window.innerHeight : Number.parseFloat(offset);
}

/**
 * The step the trigger line runs through, or, between steps, the last one above it; none above the
 * first. Reads the layout once (for a scroll that has stopped, never per frame).
 */
export function stepOnLine(steps: readonly HTMLElement[], line: number): number | undefined {
	let found: number | undefined;
	steps.forEach((step, index) => {
		if (step.getBoundingClientRect().top <= line) found = index;
	});
	return found;
}

/** Where a page stands: its scroll position, its viewport's height and its full height, in pixels. */
export interface PageScroll {
	scrollY: number;
	viewportHeight: number;
	pageHeight: number;
}

/**
 * How far centring a box (its top relative to the viewport, and its height) in the viewport moves the
 * page, in pixels, where the page's ends stop it: `scrollIntoView({ block: 'center' })`.
 */
export function centringDistance(box: { top: number; height: number }, page: PageScroll): number {
	const furthest = Math.max(page.pageHeight - page.viewportHeight, 0);
	const wanted = page.scrollY + box.top + box.height / 2 - page.viewportHeight / 2;
	return Math.min(Math.max(wanted, 0), furthest) - page.scrollY;
}

/**
 * Whether centring `element` in the viewport moves the page by a pixel or more. A scroll that moves
 * nothing fires no scroll end. Reads the layout once (for a click, never per frame).
 */
export function centringScrolls(element: HTMLElement): boolean {
	const distance = centringDistance(element.getBoundingClientRect(), {
		scrollY: window.scrollY,
		viewportHeight: window.innerHeight,
		pageHeight: document.documentElement.scrollHeight
	});
	return Math.abs(distance) >= 1;
}
