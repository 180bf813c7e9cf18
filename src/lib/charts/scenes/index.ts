import type { Component } from 'svelte';
import type { SceneId } from '$lib/story/steps';
import type { SceneProps } from '../scene-props';
import { SceneRegistry } from './registry.svelte';
import AiScene from './AiScene.svelte';
import FirmsScene from './FirmsScene.svelte';
import GdpSharesScene from './GdpSharesScene.svelte';
import IcScene from './IcScene.svelte';
import NextScene from './NextScene.svelte';
import RdIntensityScene from './RdIntensityScene.svelte';
import SeiOutputScene from './SeiOutputScene.svelte';
import SeiShareScene from './SeiShareScene.svelte';
import SeiValueScene from './SeiValueScene.svelte';
import StarScene from './StarScene.svelte';
import UnitedImagingScene from './UnitedImagingScene.svelte';
import XiaoduScene from './XiaoduScene.svelte';

/** The component that draws each scene. Each works alone, given its data and a state. */
export const SCENE_COMPONENTS: { [S in SceneId]: Component<SceneProps<S>> } = {
	firms: FirmsScene,
	'sei-value': SeiValueScene,
	'sei-share': SeiShareScene,
	'sei-output': SeiOutputScene,
	'gdp-shares': GdpSharesScene,
	'rd-intensity': RdIntensityScene,
	ic: IcScene,
	star: StarScene,
	ai: AiScene,
	xiaodu: XiaoduScene,
	'united-imaging': UnitedImagingScene,
	next: NextScene
};

/** Every scene at hand at once: the server's registry (and the tests'). */
export const allScenes = () => new SceneRegistry({}, SCENE_COMPONENTS);
