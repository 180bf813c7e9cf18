/**
 * The shipped `data/` folder: it loads without a DataError, and it holds what each chapter of the
 * story needs. (The rules themselves are tested on small inputs in parse.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';

const dataset = loadDataset();

describe('data/', () => {
	it('loads and validates', () => {
		expect(dataset.figures.length).toBeGreaterThan(50);
		expect(dataset.sources.length).toBeGreaterThan(10);
	});
});
