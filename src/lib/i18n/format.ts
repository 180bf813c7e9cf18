import type { Figure } from '$lib/data/schema';
import type { Copy, UnitFormat } from './types';

/** A number as the source wrote it: the same decimals, grouped in the reader's convention. */
export function formatNumber(
	value: number,
	decimals: number,
	copy: Pick<Copy, 'locale'> & Partial<Pick<Copy, 'grouping'>>
): string {
	return new Intl.NumberFormat(copy.locale, {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals,
		useGrouping: copy.grouping ?? true
	}).format(value);
}

/**
 * A number in a unit as a language writes it: the unit's template, with the number moved to the
 * language's own step when it counts in others (`UnitFormat`). Decimals move with the point, so no
 * digit is added or lost: 149.06 billion US dollars is 1490.6亿美元.
 */
export function formatInUnit(
	value: number,
	decimals: number,
	format: UnitFormat,
	copy: Pick<Copy, 'locale' | 'grouping'>
): string {
	const { n, text } = inUnit(value, decimals, format, copy);
	return fill(text, { n });
}

/** The number as a unit format writes it (scaled to its unit), and the format's text for it. */
function inUnit(
	value: number,
	decimals: number,
	format: UnitFormat,
	copy: Pick<Copy, 'locale' | 'grouping'>
): { n: string; text: string } {
	if (typeof format === 'string') return { n: formatNumber(value, decimals, copy), text: format };
	const steps = format.map((step) => ({ ...step, shifted: Math.round(Math.log10(step.scale)) }));
	const chosen =
		steps.find((step) => Math.abs(value * step.scale) >= (step.min ?? 0)) ?? steps[steps.length - 1];
	if (!chosen) throw new Error('a unit format with no steps');
	const places = Math.max(0, decimals - chosen.shifted);
	// Move the point in decimal, not binary: 494.4 × 10 must be 4944, not 4943.999….
	const moved = Number((value * chosen.scale).toFixed(places));
	return { n: formatNumber(moved, places, copy), text: chosen.text };
}

const fill = (template: string, values: Record<string, string>) =>
	template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** A period (`2023-12-05`, `2022-07`, `2018-Q3`, `2022-H1`, `2017`) as words. */
export function formatPeriod(period: string, copy: Pick<Copy, 'locale' | 'periods'>): string {
	const [year = '', rest = '', day] = period.split('-');
	if (rest === '') return year;
	if (rest.startsWith('Q')) return fill(copy.periods.quarter, { year, quarter: rest.slice(1) });
	if (rest.startsWith('H')) return fill(copy.periods.half[rest === 'H1' ? 0 : 1], { year });
	const month = copy.periods.numericMonth
		? String(Number(rest))
		: new Intl.DateTimeFormat(copy.locale, { month: 'long', timeZone: 'UTC' }).format(
				new Date(Date.UTC(Number(year), Number(rest) - 1, 1))
			);
	if (day === undefined) return fill(copy.periods.month, { year, month });
	return fill(copy.periods.day, { year, month, day: String(Number(day)) });
}

/** A figure's number with its qualifier ("about 700"), without its unit. */
export function formatFigureNumber(figure: Figure, copy: Copy): string {
	const { n } = inUnit(figure.value, figure.decimals, copy.units[figure.unit], copy);
	return figure.qualifier === '' ? n : fill(copy.qualifiers[figure.qualifier], { x: n });
}

/** A figure with qualifier and unit ("more than 40 million households"). */
export function formatFigure(figure: Figure, copy: Copy): string {
	const withUnit = formatInUnit(figure.value, figure.decimals, copy.units[figure.unit], copy);
	return figure.qualifier === '' ? withUnit : fill(copy.qualifiers[figure.qualifier], { x: withUnit });
}
