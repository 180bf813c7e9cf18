/**
 * The stepper embed's island script (`/embed/`, `/zh/embed/`). The stepper comes to life with the first
 * step's chart scene, the language link keeps the step, and the page tells its host how tall it is.
 * Inside a host's frame in scroll mode (`?mode=scroll`) the page hands over to the scroll-driven story
 * (`scroll/`), prerendered beside it.
 */
import type { ComponentProps } from 'svelte';
import { scenesContext } from '$lib/charts/scenes/registry.svelte';
import { connectToHost, isFramed } from '$lib/embed/child';
import { parseMode } from '$lib/embed/params';
import Stepper from '$lib/embed/Stepper.svelte';
import { makeAlternatesAbsolute } from '$lib/i18n/alternates';
import { keepPlaceOnLanguageLinks } from '$lib/i18n/keep-place';
import { loadFirstScenes } from '../first-scenes';
import { adopt, findIslands, hydrateIsland } from '../hydrate';
import { storyScenes } from '../story-scenes';

async function start() {
	if (parseMode(new URLSearchParams(location.search).get('mode')) === 'scroll' && isFramed()) {
		location.replace(`scroll/${location.search}`);
		return;
	}
	makeAlternatesAbsolute();
	keepPlaceOnLanguageLinks();
	connectToHost({ search: location.search });
	const scenes = storyScenes();
	const context = new Map([scenesContext(scenes)]);
	for (const island of findIslands<ComponentProps<typeof Stepper>>('stepper')) {
		const texts = island.element.querySelector('[data-adopt="texts"]');
		if (!texts || !(await loadFirstScenes(scenes, island.props.data.steps))) continue;
		hydrateIsland(island, Stepper, { context, extra: { texts: adopt(texts) } });
	}
}

void start();
