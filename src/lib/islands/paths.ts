import { isScene, SCENES, type SceneId } from '../story/steps.ts';

/**
 * Each kind of page, by its SvelteKit route, and its island script: the one script that page loads.
 * No page loads SvelteKit's own client (`csr = false`).
 */
export const ISLAND_ENTRIES = {
	'/[[lang=lang]]': 'src/lib/islands/entries/story.ts',
	'/[[lang=lang]]/embed': 'src/lib/islands/entries/stepper.ts',
	'/[[lang=lang]]/embed/[chart]': 'src/lib/islands/entries/chart.ts',
	'/[[lang=lang]]/embed/scroll': 'src/lib/islands/entries/hosted.ts',
	'/[[lang=lang]]/present': 'src/lib/islands/entries/present.ts'
} as const satisfies Record<string, string>;

/**
 * The chart embeds' island script is built once per scene, with that scene's code in it
 * (`chart.ts?scene=ic`, see `islandScene` in `vite.ts`): a chart embed shows one scene and never another, so
 * its page loads one file holding exactly the code it runs.
 */
const CHART_ENTRY = ISLAND_ENTRIES['/[[lang=lang]]/embed/[chart]'];

/** An island script built for one scene. */
const withScene = (entry: string, scene: SceneId) => `${entry}?scene=${scene}`;

/** The scene an island script (or a module id with its query) was built for, if any. */
export function sceneOfScript(id: string): SceneId | undefined {
	const scene = new URLSearchParams(id.split('?')[1] ?? '').get('scene');
	return isScene(scene) ? scene : undefined;
}

/** Every island script the build makes: one per kind of page, and one per scene for the chart embeds. */
export const ISLAND_SCRIPTS: readonly string[] = Object.values(ISLAND_ENTRIES).flatMap((entry) =>
	entry === CHART_ENTRY ? SCENES.map((scene) => withScene(entry, scene)) : [entry]
);

/** The island script of a page, by its route and its parameters, if it has one. */
export function islandEntryOf(
	route: string | null,
	params: Partial<Record<string, string>> = {}
): string | undefined {
	if (!route || !(route in ISLAND_ENTRIES)) return undefined;
	const entry = ISLAND_ENTRIES[route as keyof typeof ISLAND_ENTRIES];
	if (entry !== CHART_ENTRY) return entry;
	return isScene(params.chart) ? withScene(entry, params.chart) : undefined;
}

/** SvelteKit's client output, which the adapter copies to `build/`. */
export const CLIENT_OUTPUT = '.svelte-kit/output/client';
/** An island script's name: its file's (`story`), and its scene's for a chart embed's (`chart-ic`). */
export const islandName = (entry: string) => entry.replace(/^.*\/|\.ts(?=$|\?)/g, '').replace('?scene=', '-');

/** An island script's build manifest, inside the client output (the adapter leaves `.vite/` out). */
export const islandManifest = (entry: string) => `.vite/islands-${islandName(entry)}.json`;
