/**
 * Present mode's island script (`/present/`, `/zh/present/`). The presenter comes to life with the
 * first slide's chart scene, then fetches every other scene at once: a class on a school network
 * goes on stepping when the network goes. Printing unrolls the handout the page carries for readers
 * without JavaScript.
 */
import type { ComponentProps } from 'svelte';
import { lazyScenes } from '$lib/charts/scenes/lazy';
import { scenesContext } from '$lib/charts/scenes/registry.svelte';
import { makeAlternatesAbsolute } from '$lib/i18n/alternates';
import Presenter from '$lib/present/Presenter.svelte';
import { unrollWhilePrinting } from '$lib/unroll';
import { loadFirstScenes } from '../first-scenes';
import { findIslands, hydrateIsland } from '../hydrate';

async function start() {
	makeAlternatesAbsolute();
	unrollWhilePrinting();
	const scenes = lazyScenes();
	const context = new Map([scenesContext(scenes)]);
	for (const island of findIslands<ComponentProps<typeof Presenter>>('present')) {
		if (!(await loadFirstScenes(scenes, island.props.data.steps))) continue;
		hydrateIsland(island, Presenter, { context });
		scenes.prefetch(island.props.data.steps.map((step) => step.chart.scene));
	}
}

void start();
