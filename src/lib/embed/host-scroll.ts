/**
 * The scroll-driven story inside a host's page. The frame is as tall as the story, so the frame never
 * scrolls and `position: sticky` has nothing to stick to: the host's page scrolls instead. The host's
 * loader says where the frame sits in its viewport (pym's `viewport-iframe-position`); from that alone
 * this picks the active step and moves the chart so it stays in view. Layout is read only when the
 * content's size changes, never per message; each message costs arithmetic and one transform.
 */
import type { HostViewport } from './messages';
import type { ViewportChannel } from './viewport-channel';

export type { ViewportChannel };

export interface HostScrollOptions {
	channel: ViewportChannel;
	/** The step elements, in reading order. */
	steps: HTMLElement[];
	/** The scrolly block that holds the chart and the steps. */
	scrolly: HTMLElement;
	/** The chart's box, moved to stay in the host's viewport. */
	graphic: HTMLElement;
	/** The trigger line, as a fraction of the host's viewport from its top. */
	offset?: number;
	/** The host's viewport height changed: the story sizes its steps from it. */
	onViewportHeight: (height: number) => void;
	onStep: (index: number) => void;
	/** Called when the host's scroll has paused, with the step on the line. */
	onSettle: (index: number) => void;
}

/** Where things are, in the frame's own coordinates, measured once per layout change. */
interface Layout {
	stepTops: number[];
	scrollyTop: number;
	scrollyHeight: number;
	graphicHeight: number;
}

const SETTLE_MS = 150;
/** A host viewport height change smaller than this share is an address bar, not a new screen. */
const HEIGHT_CHANGE = 0.2;

/** Whether a new viewport height should resize the story. */
export function resizes(previous: number, next: number): boolean {
	return previous === 0 || Math.abs(next - previous) > previous * HEIGHT_CHANGE;
}

/**
 * The step whose top is the last at or above `line`; the first step when the line is above them all
 * (the story is not scrolled to yet).
 */
export function stepAt(stepTops: readonly number[], line: number): number {
	let found = 0;
	stepTops.forEach((top, index) => {
		if (top <= line) found = index;
	});
	return found;
}

/** How far down the chart moves inside the scrolly block: with the viewport, but never out of the block. */
export function chartShift(visibleTop: number, layout: Omit<Layout, 'stepTops'>): number {
	const room = Math.max(0, layout.scrollyHeight - layout.graphicHeight);
	return Math.min(Math.max(visibleTop - layout.scrollyTop, 0), room);
}

/** Follows the host's scroll. Returns the teardown. */
export function followHostScroll({
	channel,
	steps,
	scrolly,
	graphic,
	offset = 0.5,
	onViewportHeight,
	onStep,
	onSettle
}: HostScrollOptions): () => void {
	let layout: Layout | undefined;
	let active = -1;
	let viewportHeight = 0;
	let shift = -1;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const measure = (): Layout => {
		const scrollyBox = scrolly.getBoundingClientRect();
		const top = scrollyBox.top + window.scrollY;
		return {
			stepTops: steps.map((step) => step.getBoundingClientRect().top + window.scrollY),
			scrollyTop: top,
			scrollyHeight: scrollyBox.height,
			graphicHeight: graphic.getBoundingClientRect().height
		};
	};
	const resized = new ResizeObserver(() => (layout = undefined));
	resized.observe(scrolly);
	resized.observe(graphic);

	let viewportWidth = 0;
	const unsubscribe = channel.subscribe((viewport) => {
		// The steps are sized from the host's viewport height. A phone's address bar showing or hiding
		// changes that height a little on every scroll: only a new width (rotation) or a real change
		// resizes the story, so the text never jumps under the reader's finger.
		if (viewport.width !== viewportWidth || resizes(viewportHeight, viewport.height)) {
			viewportWidth = viewport.width;
			viewportHeight = viewport.height;
			onViewportHeight(viewport.height);
			layout = undefined;
		}
		layout ??= measure();
		// The frame's top is at `viewport.top` in the host's viewport, so the host's viewport starts at
		// `-viewport.top` in the frame's coordinates.
		const visibleTop = -viewport.top;
		const index = stepAt(layout.stepTops, visibleTop + viewport.height * offset);
		if (index !== active) {
			active = index;
			onStep(index);
		}
		const next = Math.round(chartShift(visibleTop, layout));
		if (next !== shift) {
			shift = next;
			graphic.style.transform = `translate3d(0, ${next}px, 0)`;
		}
		clearTimeout(timer);
		timer = setTimeout(() => onSettle(active), SETTLE_MS);
	});

	return () => {
		clearTimeout(timer);
		unsubscribe();
		resized.disconnect();
		graphic.style.transform = '';
	};
}
