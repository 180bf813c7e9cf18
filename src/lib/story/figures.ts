/**
 * The static steps an island adopts (the story's, the stepper's words): the island marks the current
 * one, and listens for focus on their figures.
 */

/**
 * A figure in a step's words that the step's chart draws is a button (`StepCard`). The component that
 * owns the steps listens for focus on all of them at once, and reads here which figure and step an
 * event is about.
 */
export function figureOf(target: EventTarget | null): { id: string; step: number } | undefined {
	if (!(target instanceof HTMLButtonElement) || !target.classList.contains('figure')) return undefined;
	const id = target.dataset.figure;
	const step = /^step-(\d+)$/.exec(target.closest('[id^="step-"]')?.id ?? '')?.[1];
	return id && step ? { id, step: Number(step) } : undefined;
}

/**
 * Marks the element of the current step (1-based) with `aria-current="step"`, and no other: how an
 * island marks the current step among static steps it adopted.
 */
export function markCurrent(elements: readonly Element[], current: number): void {
	for (const [index, element] of elements.entries()) {
		if (index + 1 === current) element.setAttribute('aria-current', 'step');
		else element.removeAttribute('aria-current');
	}
}

/** The chart scenes of the steps from the one before the current step (1-based) to `ahead` steps after it. */
export function scenesAround<S>(
	steps: ReadonlyArray<{ chart: { scene: S } }>,
	current: number,
	ahead: number
): S[] {
	return steps.slice(Math.max(current - 2, 0), current + ahead).map((step) => step.chart.scene);
}
