/**
 * The story page's island script (`/`, `/zh/`). The story (its navigation bar, sticky chart and the
 * steps it adopts) comes to life at once, with the first step's chart scene; the citation and the
 * embed-code builder, far below, as the reader nears them. Printing unrolls the page.
 */
import type { ComponentProps } from 'svelte';
import { scenesContext } from '$lib/charts/scenes/registry.svelte';
import { makeAlternatesAbsolute } from '$lib/i18n/alternates';
import Story from '$lib/story/Story.svelte';
import { unrollWhilePrinting } from '$lib/unroll';
import { loadFirstScenes } from '../first-scenes';
import { adopt, findIslands, hydrateIsland, hydrateLater, whenNear } from '../hydrate';
import { storyScenes } from '../story-scenes';

async function start() {
	makeAlternatesAbsolute();
	unrollWhilePrinting();
	const scenes = storyScenes();
	const context = new Map([scenesContext(scenes)]);
	for (const island of findIslands<ComponentProps<typeof Story>>('story')) {
		const steps = island.element.querySelector('[data-adopt="steps"]');
		if (!steps || !(await loadFirstScenes(scenes, island.props.data.steps))) continue;
		hydrateIsland(island, Story, { context, extra: { steps: adopt(steps) } });
	}
	const tail = document.querySelector('[data-island="cite"]');
	if (tail)
		whenNear(tail, () => {
			void hydrateLater('cite', () => import('$lib/present/Cite.svelte'));
			void hydrateLater('builder', () => import('$lib/embed/EmbedBuilder.svelte'));
		});
}

void start();
