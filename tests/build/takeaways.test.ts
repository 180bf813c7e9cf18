/**
 * What a class or a newsroom can take away from the build: `data/figures.csv` holds every figure and
 * milestone of `data/`, with the source's own decimals, formulas and the source in full. Runs after
 * `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';

const dataset = loadDataset();
const rows = csvParse(readFileSync('build/data/figures.csv', 'utf8'));
const byId = new Map(rows.map((row) => [row.id, row]));

describe('build/data/figures.csv', () => {
	it('has one row per figure and milestone of data/, and no other', () => {
		expect(rows.map((row) => row.id).sort()).toEqual(
			[...dataset.figures.map((figure) => figure.id), ...dataset.milestones.map((milestone) => milestone.id)].sort()
		);
	});

	it('writes each figure as data/ does, with its status, formula and source', () => {
		for (const figure of dataset.figures) {
			const row = byId.get(figure.id)!;
			expect(row.value).toBe(figure.value.toFixed(figure.decimals));
			expect(row.unit).toBe(figure.unit);
			expect(row.status).toBe(figure.status);
			expect(row.formula).toBe(figure.formula ?? '');
			const source = dataset.sources.find((item) => item.id === figure.sourceId)!;
			expect([row.source_id, row.source_title, row.source_url]).toEqual([source.id, source.title, source.url]);
		}
	});

	it('gives every milestone its event and a source address', () => {
		for (const milestone of dataset.milestones) {
			const row = byId.get(milestone.id)!;
			expect(row.kind).toBe('milestone');
			expect(row.event).toBe(milestone.event);
			expect(row.source_url).toMatch(/^https?:\/\//);
		}
	});
});
