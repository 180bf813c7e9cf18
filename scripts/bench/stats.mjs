/** Small numeric and timing helpers shared by the benchmark's parts. */
export function round(value, digits) {
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

export function median(values) {
	const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
	if (numbers.length === 0) return null;
	numbers.sort((a, b) => a - b);
	const middle = Math.floor(numbers.length / 2);
	return numbers.length % 2 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function seconds(ms) {
	return `${(ms / 1000).toFixed(1)} s`;
}

export function withTimeout(promise, ms, what) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} timed out after ${seconds(ms)}`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
