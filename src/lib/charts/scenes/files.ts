import type { SceneId } from '../../story/steps.ts';

/** Each scene's component file, in this folder. */
export const SCENE_FILES: Record<SceneId, string> = {
	firms: 'FirmsScene.svelte',
	'sei-value': 'SeiValueScene.svelte',
	'sei-share': 'SeiShareScene.svelte',
	'sei-output': 'SeiOutputScene.svelte',
	'gdp-shares': 'GdpSharesScene.svelte',
	'rd-intensity': 'RdIntensityScene.svelte',
	ic: 'IcScene.svelte',
	star: 'StarScene.svelte',
	ai: 'AiScene.svelte',
	xiaodu: 'XiaoduScene.svelte',
	'united-imaging': 'UnitedImagingScene.svelte',
	next: 'NextScene.svelte'
};
