import { getContext, setContext } from 'svelte';
import type { Status } from '$lib/data/schema';
import type { ChartCopy } from '$lib/i18n/types';
import type { ChartSeries, Mark } from './scene-data';

/** The words a chart needs beyond its own scene's. */
export interface ChartWords {
	locale: string;
	/** Whether numbers group thousands (12,000) or not (12000, as Chinese text writes them). */
	grouping: boolean;
	chart: ChartCopy;
	series: Record<ChartSeries, string>;
	status: Record<Status, string>;
}

/** A source as a tooltip names it. */
export interface SourceRef {
	title: string;
	publisher: string;
}

/**
 * Which mark's details are showing: the one under the pointer, the one tapped, or the one the step's
 * text points at (`outside`). Shared by a scene's layers through context.
 */
export class Inspector {
	/** Set by pointer or tap inside the chart. */
	hovered: string | null = $state(null);
	/** Set from outside the chart: a figure in the step text that has focus or the pointer. */
	outside: string | null = $state(null);

	get current(): string | null {
		return this.hovered ?? this.outside;
	}

	/**
	 * Pointer handlers for a whole plot, set once on it: a mark is any element in it with
	 * `data-inspect` (its id). Hovering shows a mark's details, a mouse click keeps them, a tap (or a
	 * pen) toggles them. One set of listeners for every mark: drawing a mark, or moving it in a
	 * tween, never touches a listener.
	 */
	readonly plot = {
		onpointerover: (event: PointerEvent) => {
			const id = markAt(event.target);
			if (event.pointerType === 'mouse' && id) this.hovered = id;
		},
		onpointerout: (event: PointerEvent) => {
			const id = markAt(event.target);
			if (event.pointerType !== 'mouse' || !id || markAt(event.relatedTarget) === id) return;
			if (this.hovered === id) this.hovered = null;
		},
		onclick: (event: MouseEvent) => {
			const id = markAt(event.target);
			if (!id) return;
			const mouse = 'pointerType' in event && event.pointerType === 'mouse';
			this.hovered = mouse || this.hovered !== id ? id : null;
		}
	};
}

/** The id of the mark an event's target is part of, if any. */
function markAt(target: EventTarget | null): string | undefined {
	return target instanceof Element
		? target.closest<HTMLElement>('[data-inspect]')?.dataset.inspect
		: undefined;
}

const INSPECTOR = Symbol('inspector');

/**
 * Shares one inspector with the scenes below (the story's chart uses it to clear a tapped mark when the
 * step changes). A scene without one, standing alone, makes its own.
 */
export function provideInspector(inspector: Inspector): Inspector {
	return setContext(INSPECTOR, inspector);
}

export function inspectorFromContext(): Inspector | undefined {
	return getContext<Inspector | undefined>(INSPECTOR);
}

interface ChartContext {
	inspector: Inspector;
	words: ChartWords;
	marks: Map<string, Mark>;
}

const KEY = Symbol('chart');

export function setChartContext(context: ChartContext): ChartContext {
	return setContext(KEY, context);
}

export function getChartContext(): ChartContext {
	const context = getContext<ChartContext | undefined>(KEY);
	if (!context) throw new Error('a chart layer must sit inside a ChartFrame');
	return context;
}
