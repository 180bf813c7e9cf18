import type { Dataset, Figure, Source } from './schema';

/** Sorts periods in time order (`2019` < `2019-Q1` < `2019-06` < `2019-H2`… by their first day). */
export function periodStart(period: string): string {
	const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
	if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`;
	const half = /^(\d{4})-H([12])$/.exec(period);
	if (half) return `${half[1]}-${half[2] === '1' ? '01' : '07'}`;
	return period;
}

/** The figures of one series (optionally of one entity), in time order. */
export function seriesOf(dataset: Dataset, series: string, entity?: string): Figure[] {
	return dataset.figures
		.filter((figure) => figure.series === series && (entity === undefined || figure.entity === entity))
		.sort((a, b) => periodStart(a.period).localeCompare(periodStart(b.period)));
}

/** One figure by id; throws when there is none, so a typo in a step fails the build, not the chart. */
export function figureById(dataset: Dataset, id: string): Figure {
	const figure = dataset.figures.find((candidate) => candidate.id === id);
	if (!figure) throw new Error(`no figure has the id "${id}"`);
	return figure;
}

export function sourceById(dataset: Dataset, id: string): Source {
	const source = dataset.sources.find((candidate) => candidate.id === id);
	if (!source) throw new Error(`no source has the id "${id}"`);
	return source;
}
