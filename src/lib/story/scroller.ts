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
export function watchSteps({ steps, offset = 0.5, root = null, onStep }: WatchStepsOptions): () => void {
	const instance = (scrollama as unknown as () => ScrollamaInstance)();
	instance
		.setup({ step: steps, offset, root })
		.onStepEnter(({ index, direction }) => onStep(index, direction));
	return () => instance.destroy();
}
