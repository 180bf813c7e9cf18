/**
 * Present mode's island script (`/present/`, `/zh/present/`). It carries every chart scene in one
 * bundle (a class on a school network goes on stepping when the network goes; one file compresses
 * better than a dozen), and brings the presenter to life at once. Printing unrolls the handout the
 * page carries for readers without JavaScript.
 */
import type { ComponentProps } from 'svelte';
import { allScenes } from '$lib/charts/scenes';
import { scenesContext } from '$lib/charts/scenes/registry.svelte';
import { makeAlternatesAbsolute } from '$lib/i18n/alternates';
import Presenter from '$lib/present/Presenter.svelte';
import { unrollWhilePrinting } from '$lib/unroll';
import { findIslands, hydrateIsland } from '../hydrate';

makeAlternatesAbsolute();
unrollWhilePrinting();
const context = new Map([scenesContext(allScenes())]);
for (const island of findIslands<ComponentProps<typeof Presenter>>('present')) {
	hydrateIsland(island, Presenter, { context });
}
