/**
 * Paces the chart behind a scrolling reader. A reader who arrives at a step after a pause sees its
 * chart at once; a reader flinging through several steps in a row sees the chart of the step the
 * fling ends on, drawn once the steps stop changing (or the scroll stops), not every state on the way.
 * Drawing states nobody can see would only cost frames on a slow phone.
 */

/** How long a step must stay active, after another step changed within that time, before it is drawn. */
export const DWELL_MS = 300;

export interface StepPacer {
	/** The scroller reports a new active step: draw it now, or once the steps stop changing. */
	request(step: number): void;
	/** Draw this step now, cancelling a pending one (the scroll stopped, or the reader chose a step). */
	settle(step: number): void;
	/** Cancel a pending draw (the story unmounts). */
	stop(): void;
}

export interface PacerOptions {
	/** Draws a step. */
	show: (step: number) => void;
	/** The dwell time; `DWELL_MS` unless told. */
	dwellMs?: number;
	/** The clock, in milliseconds. */
	now?: () => number;
}

/** Makes a pacer that calls `show` for the steps a reader can see. */
export function paceSteps({
	show,
	dwellMs = DWELL_MS,
	now = () => performance.now()
}: PacerOptions): StepPacer {
	let lastChange = -Infinity;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const cancel = () => {
		clearTimeout(timer);
		timer = undefined;
	};

	return {
		request(step) {
			const at = now();
			const calm = at - lastChange >= dwellMs;
			lastChange = at;
			cancel();
			if (calm) show(step);
			else timer = setTimeout(() => ((timer = undefined), show(step)), dwellMs);
		},
		settle(step) {
			cancel();
			show(step);
		},
		stop: cancel
	};
}
