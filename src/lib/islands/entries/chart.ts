/**
 * A chart embed's island script (`/embed/<chart>/`), built once per scene with that scene's code in it
 * (`chart.ts?scene=ic`; `virtual:island-scene`): a chart embed shows one scene, so its page loads one
 * file and fetches nothing after it. The chart comes to life with its scene, the language link keeps
 * the step, and the page tells its host how tall it is.
 */
import type { ComponentProps } from 'svelte';
import scene, { id } from 'virtual:island-scene';
import { SceneRegistry, scenesContext } from '$lib/charts/scenes/registry.svelte';
import ChartEmbed from '$lib/embed/ChartEmbed.svelte';
import { connectToHost } from '$lib/embed/child';
import { makeAlternatesAbsolute } from '$lib/i18n/alternates';
import { keepPlaceOnLanguageLinks } from '$lib/i18n/keep-place';
import { adopt, findIslands, hydrateIsland } from '../hydrate';

function start() {
	makeAlternatesAbsolute();
	keepPlaceOnLanguageLinks();
	connectToHost({ search: location.search });
	const context = new Map([scenesContext(new SceneRegistry({}, { [id]: scene }))]);
	for (const island of findIslands<ComponentProps<typeof ChartEmbed>>('chart')) {
		const table = island.element.querySelector('[data-adopt="table"]');
		// A page of another scene than this script's (a stale cache) stays as the server drew it.
		if (!table || island.props.data.scene !== id) continue;
		hydrateIsland(island, ChartEmbed, { context, extra: { table: adopt(table) } });
	}
}

start();
