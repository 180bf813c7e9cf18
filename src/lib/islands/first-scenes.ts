import type { SceneRegistry } from '$lib/charts/scenes/registry.svelte';
import { parseStepParam } from '$lib/story/step-param';
import type { ChartState } from '$lib/story/steps';

/**
 * Readies the scenes an island's steps need first: the first step's, which the server drew and which
 * hydration must draw again (awaited; the page's script carries it, so it is at hand at once unless
 * the steps start with another scene), and the one `?step=N` asks for, which the island moves to once
 * it is live (fetched alongside, not awaited).
 */
export async function loadFirstScenes(
	scenes: SceneRegistry,
	steps: ReadonlyArray<{ chart: Pick<ChartState, 'scene'> }>
): Promise<boolean> {
	const first = steps[0]?.chart.scene;
	if (!first) return false;
	const requested = parseStepParam(new URLSearchParams(location.search).get('step'), steps.length);
	if (requested !== undefined) scenes.prefetch([steps[requested - 1]!.chart.scene]);
	return (await scenes.load(first)) !== undefined;
}
