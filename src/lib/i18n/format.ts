import type { Figure } from '$lib/data/schema';
import type { Copy } from './types';

/** A number as the source wrote it: the same decimals, grouped in the reader's convention. */
export function formatNumber(value: number, decimals: number, copy: Pick<Copy, 'locale'>): string {
	return new Intl.NumberFormat(copy.locale, {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(value);
}

const fill = (template: string, values: Record<string, string>) =>
	template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** A period (`2023-12-05`, `2022-07`, `2018-Q3`, `2022-H1`, `2017`) as words. */
export function formatPeriod(period: string, copy: Pick<Copy, 'locale' | 'periods'>): string {
	const [year = '', rest = '', day] = period.split('-');
	if (rest === '') return year;
	if (rest.startsWith('Q')) return fill(copy.periods.quarter, { year, quarter: rest.slice(1) });
	if (rest.startsWith('H')) return fill(copy.periods.half[rest === 'H1' ? 0 : 1], { year });
	const month = new Intl.DateTimeFormat(copy.locale, { month: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(Number(year), Number(rest) - 1, 1))
	);
	if (day === undefined) return fill(copy.periods.month, { year, month });
	return fill(copy.periods.day, { year, month, day: String(Number(day)) });
}

/** A figure's number with its qualifier ("about 700"), without its unit. */
export function formatFigureNumber(figure: Figure, copy: Copy): string {
	const n = formatNumber(figure.value, figure.decimals, copy);
	return figure.qualifier === '' ? n : fill(copy.qualifiers[figure.qualifier], { x: n });
}

/** A figure with qualifier and unit ("more than 40 million households"). */
export function formatFigure(figure: Figure, copy: Copy): string {
	const withUnit = fill(copy.units[figure.unit], { n: formatNumber(figure.value, figure.decimals, copy) });
	return figure.qualifier === '' ? withUnit : fill(copy.qualifiers[figure.qualifier], { x: withUnit });
}
