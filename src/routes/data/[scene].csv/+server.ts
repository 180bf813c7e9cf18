import { error } from '@sveltejs/kit';
import { csvFormatRows } from 'd3';
import { buildScenes } from '$lib/charts/scene-data';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { isScene, SCENES } from '$lib/story/steps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => SCENES.map((scene) => ({ scene }));

/** The columns of a chart's CSV: the rows of `data/` it draws, with their sources' addresses. */
const COLUMNS = [
	'id',
	'series',
	'entity',
	'period',
	'value',
	'unit',
	'qualifier',
	'event',
	'status',
	'source_id',
	'source_url'
];

/** Each chart's data as CSV, built from `data/` at build time (language-neutral: ids and raw values). */
export const GET: RequestHandler = ({ params }) => {
	if (!isScene(params.scene)) error(404, 'no such chart');
	const dataset = loadDataset();
	const scene = buildScenes(dataset, copyFor('en'))[params.scene];
	const url = new Map(dataset.sources.map((source) => [source.id, source.url]));
	const figures = new Map(dataset.figures.map((figure) => [figure.id, figure]));
	const events = new Map(dataset.milestones.map((milestone) => [milestone.id, milestone.event]));
	const rows = scene.marks.map((mark) => [
		mark.id,
		mark.series,
		mark.entity,
		mark.period,
		// The value as data/ writes it: the source's own decimals.
		figures.get(mark.id)?.value.toFixed(figures.get(mark.id)?.decimals) ?? '',
		mark.unit ?? '',
		mark.qualifier,
		events.get(mark.id) ?? '',
		mark.status,
		mark.sourceId,
		url.get(mark.sourceId) ?? ''
	]);
	return new Response(`${csvFormatRows([COLUMNS, ...rows])}\n`, {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
