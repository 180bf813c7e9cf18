/**
 * The scroll-driven embed's island script (`/embed/scroll/`, reached from `/embed/?mode=scroll`). The
 * story comes to life with the first step's chart scene, driven by the host page's scroll: the host's
 * loader says where the frame sits in its viewport. Outside a host's frame there is no host scroll to
 * follow: the page goes back to the stepper.
 */
import type { ComponentProps } from 'svelte';
import { scenesContext } from '$lib/charts/scenes/registry.svelte';
import { connectToHost, isFramed } from '$lib/embed/child';
import { viewportChannel } from '$lib/embed/viewport-channel';
import { makeAlternatesAbsolute } from '$lib/i18n/alternates';
import Story from '$lib/story/Story.svelte';
import { loadFirstScenes } from '../first-scenes';
import { adopt, findIslands, hydrateIsland } from '../hydrate';
import { storyScenes } from '../story-scenes';

async function start() {
	if (!isFramed()) {
		location.replace(`../${location.search}`);
		return;
	}
	makeAlternatesAbsolute();
	const channel = viewportChannel();
	connectToHost({ search: location.search, onViewport: channel.emit });
	const scenes = storyScenes();
	const context = new Map([scenesContext(scenes)]);
	for (const island of findIslands<ComponentProps<typeof Story>>('story')) {
		const steps = island.element.querySelector('[data-adopt="steps"]');
		if (!steps || !(await loadFirstScenes(scenes, island.props.data.steps))) continue;
		hydrateIsland(island, Story, { context, extra: { steps: adopt(steps), hosted: channel } });
	}
}

void start();
