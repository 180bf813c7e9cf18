import { csvFormatRows } from 'd3';
import { loadDataset } from '$lib/data/load';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The columns of the take-away file: every figure and milestone of `data/`, with its source in full. */
const COLUMNS = [
	'id',
	'kind',
	'series',
	'entity',
	'period',
	'value',
	'unit',
	'qualifier',
	'event',
	'status',
	'formula',
	'note',
	'file',
	'source_id',
	'source_title',
	'source_publisher',
	'source_date',
	'source_authority',
	'source_url'
];

/**
 * `/data/figures.csv`: all of `data/` in one file for a class or a newsroom to take away: every figure
 * (with its source's own decimals and, when derived, its formula) and every milestone, each with its
 * source's title, publisher, date, authority and address. Built at build time.
 */
export const GET: RequestHandler = () => {
	const dataset = loadDataset();
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	const source = (id: string) => {
		const found = sources.get(id);
		return [
			id,
			found?.title ?? '',
			found?.publisher ?? '',
			found?.date ?? '',
			found?.authority ?? '',
			found?.url ?? ''
		];
	};
	const figures = dataset.figures.map((figure) => [
		figure.id,
		'figure',
		figure.series,
		figure.entity,
		figure.period,
		figure.value.toFixed(figure.decimals),
		figure.unit,
		figure.qualifier,
		'',
		figure.status,
		figure.formula ?? '',
		figure.note,
		figure.file,
		...source(figure.sourceId)
	]);
	const milestones = dataset.milestones.map((milestone) => [
		milestone.id,
		'milestone',
		milestone.series,
		milestone.entity,
		milestone.period,
		'',
		'',
		'',
		milestone.event,
		milestone.status,
		'',
		milestone.note,
		milestone.file,
		...source(milestone.sourceId)
	]);
	return new Response(`${csvFormatRows([COLUMNS, ...figures, ...milestones])}\n`, {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
