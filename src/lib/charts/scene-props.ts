import type { SceneId, SceneState } from '$lib/story/steps';
import type { ChartWords, SourceRef } from './inspect.svelte';
import type { SceneData } from './scene-data';

/** What every scene component takes: its data, the state to show, and the words to show it with. */
export interface SceneProps<S extends SceneId> {
	/** The scene's marks, built at build time by `buildScenes`. */
	data: SceneData;
	/** The state to show (the active step's). */
	chartState: SceneState<S>;
	/** The scene's title and the unit of its value axis. */
	scene: { title: string; axis: string; scale?: number };
	/** The words all charts share. */
	words: ChartWords;
	/** Sources by id, for the details of a mark. */
	sources: Record<string, SourceRef>;
	/** A mark whose details to show, chosen outside the chart. */
	highlight?: string | null;
}

/**
 * What the chart of any step draws from: every scene's marks (or, for a single-chart embed, just its
 * own), titles, shared words and sources.
 */
export interface ChartLibrary {
	scenes: Partial<Record<SceneId, SceneData>>;
	/** Each scene's title and the unit of its value axis. */
	titles: Partial<Record<SceneId, { title: string; axis: string; scale?: number }>>;
	words: ChartWords;
	/** Sources by id, for the details of a mark. */
	sources: Record<string, SourceRef>;
}

/** The ids of the marks each scene draws: the figures a step's text can point at. */
export function drawnMarks(scenes: ChartLibrary['scenes']): Partial<Record<SceneId, Set<string>>> {
	return Object.fromEntries(
		Object.entries(scenes).map(([scene, data]) => [scene, new Set(data.marks.map((mark) => mark.id))])
	);
}
