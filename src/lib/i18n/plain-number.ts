/**
 * Numbers written without `Intl`, for the chart's axis ticks in the browser.
 *
 * The first `Intl.NumberFormat` a page makes loads the browser's number data: about 18 ms on a fast
 * desktop, 70 ms on a phone, all of it inside hydration, the page's longest task. The ticks need
 * only digits, a point and grouping by thousands, which English and Chinese write the same way
 * (`1,234.5`), so for those languages this writes them directly, exactly as `Intl` would
 * (`plain-number.property.test.ts` checks it against `Intl`). Any other language gets `Intl`.
 */

/** Languages that write a number with `.` for the point and `,` between groups of three. */
const POINT_AND_COMMA = /^(en|zh)(-|$)/i;

/**
 * A function that writes a number with at most `maxDecimals` decimals (no trailing zeros), grouped
 * by thousands when `grouping`, as `new Intl.NumberFormat(locale, …).format` does.
 */
export function numberWriter(
	locale: string,
	maxDecimals: number,
	grouping: boolean
): (value: number) => string {
	if (!POINT_AND_COMMA.test(locale)) {
		const format = new Intl.NumberFormat(locale, {
			maximumFractionDigits: maxDecimals,
			useGrouping: grouping
		});
		return (value) => format.format(value);
	}
	return (value) => writePlain(value, maxDecimals, grouping);
}

function writePlain(value: number, maxDecimals: number, grouping: boolean): string {
	// The shortest decimal that reads back as the same number (what Intl rounds, not the binary value).
	const shortest = String(Math.abs(value));
	if (!/^\d+(\.\d+)?$/.test(shortest)) return intlFallback(value, maxDecimals, grouping); // 1e21, 1e-7, NaN, ∞
	const [whole = '', fraction = ''] = shortest.split('.');
	// Round half away from zero at `maxDecimals`, in decimal.
	let digits = BigInt(whole + fraction.slice(0, maxDecimals).padEnd(maxDecimals, '0'));
	if ((fraction[maxDecimals] ?? '0') >= '5') digits += 1n;
	const text = digits.toString().padStart(maxDecimals + 1, '0');
	let wholePart = text.slice(0, text.length - maxDecimals);
	const decimals = text.slice(text.length - maxDecimals).replace(/0+$/, '');
	if (grouping) wholePart = wholePart.replace(/\B(?=(\d{3})+$)/g, ',');
	// Like Intl, a negative number keeps its sign even when it rounds to zero, and so does -0.
	const negative = value < 0 || Object.is(value, -0);
	return `${negative ? '-' : ''}${wholePart}${decimals ? `.${decimals}` : ''}`;
}

function intlFallback(value: number, maxDecimals: number, grouping: boolean): string {
	return new Intl.NumberFormat('en', { maximumFractionDigits: maxDecimals, useGrouping: grouping }).format(
		value
	);
}
