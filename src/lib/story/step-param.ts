/**
 * Reads `?step=N` (1-based). Anything that is not a plain whole number from 1 to `count` is ignored
 * (returns `undefined`), so a junk parameter never breaks the page or picks a wrong step.
 */
export function parseStepParam(raw: string | null | undefined, count: number): number | undefined {
	if (raw == null || !/^\d{1,4}$/.test(raw.trim())) return undefined;
	const step = Number(raw.trim());
	return step >= 1 && step <= count ? step : undefined;
}
