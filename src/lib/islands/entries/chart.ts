/**
 * A chart embed's island script (`/embed/<chart>/`). The chart comes to life with its one scene (the
 * page asked for it with the script), the language link keeps the step, and the page tells its host
 * how tall it is.
 */
import type { ComponentProps } from 'svelte';
import { lazyScenes } from '$lib/charts/scenes/lazy';
import { scenesContext } from '$lib/charts/scenes/registry.svelte';
import ChartEmbed from '$lib/embed/ChartEmbed.svelte';
import { connectToHost } from '$lib/embed/child';
import { makeAlternatesAbsolute } from '$lib/i18n/alternates';
import LanguageSwitch from '$lib/i18n/LanguageSwitch.svelte';
import { nextTask } from '../first-scenes';
import { adopt, findIslands, hydrateIsland } from '../hydrate';

async function start() {
	makeAlternatesAbsolute();
	connectToHost({ search: location.search });
	const scenes = lazyScenes();
	const context = new Map([scenesContext(scenes)]);
	for (const island of findIslands<ComponentProps<typeof ChartEmbed>>('chart')) {
		const table = island.element.querySelector('[data-adopt="table"]');
		if (!table) continue;
		if (!(await scenes.load(island.props.data.scene))) continue;
		hydrateIsland(island, ChartEmbed, { context, extra: { table: adopt(table) } });
	}
	await nextTask();
	for (const island of findIslands<ComponentProps<typeof LanguageSwitch>>('languages'))
		hydrateIsland(island, LanguageSwitch);
}

void start();
