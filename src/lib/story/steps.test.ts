/**
 * The steps and their copy against the real data: enough steps, in chapter order, each with words,
 * a chart state naming real figures, and a description; and no number typed into the copy.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { LANGUAGES } from '$lib/i18n';
import { plainText, resolveText, tokenIds } from '$lib/i18n/tokens';
import { CHAPTERS, SCENES, STEP_DEFS } from './steps';
import { buildStory } from './build';

const dataset = loadDataset();
const ids = new Set([...dataset.figures, ...dataset.milestones].map((row) => row.id));

describe('STEP_DEFS', () => {
	it('has at least 20 steps with unique ids', () => {
		expect(STEP_DEFS.length).toBeGreaterThanOrEqual(20);
		expect(new Set(STEP_DEFS.map((step) => step.id)).size).toBe(STEP_DEFS.length);
	});

	it('runs through every chapter once, in the outline’s order', () => {
		const order = STEP_DEFS.map((step) => step.chapter).filter((chapter, i, all) => chapter !== all[i - 1]);
		expect(order).toEqual([...CHAPTERS]);
	});

	it('names only known scenes and existing figures or milestones', () => {
		for (const step of STEP_DEFS) {
			expect(SCENES).toContain(step.chart.scene);
			expect(step.chart.focus.length).toBeGreaterThan(0);
			for (const id of step.chart.focus) expect(ids, `${step.id} → ${id}`).toContain(id);
		}
	});
});

describe.each(Object.entries(LANGUAGES))('copy "%s"', (_lang, copy) => {
	it('gives every step text and a description, and nothing for steps that do not exist', () => {
		expect(Object.keys(copy.steps).sort()).toEqual(STEP_DEFS.map((step) => step.id).sort());
		for (const step of STEP_DEFS) {
			expect(copy.steps[step.id].text.length).toBeGreaterThan(0);
			expect(copy.steps[step.id].description.length).toBeGreaterThan(20);
		}
	});

	it('names only figures that exist, and every name resolves', () => {
		for (const [id, own] of Object.entries(copy.steps)) {
			for (const text of [...own.text, own.description]) {
				for (const token of tokenIds(text)) expect(ids, `${id} names ${token}`).toContain(token);
				expect(() => resolveText(text, dataset, copy)).not.toThrow();
			}
		}
	});

	it('types no number: digits outside tokens are only years', () => {
		for (const [id, own] of Object.entries(copy.steps)) {
			for (const text of [...own.text, own.description]) {
				const bare = text.replace(/\{[^}]+\}/g, '').match(/\d+(?:[.,]\d+)*/g) ?? [];
				expect(
					bare.filter((digits) => !/^(19|20)\d\d$/.test(digits)),
					`${id}: "${text}"`
				).toEqual([]);
			}
		}
	});
});

describe('buildStory', () => {
	const story = buildStory(dataset, LANGUAGES.en!);

	it('numbers steps from 1 and titles the first step of each chapter', () => {
		expect(story.steps.map((step) => step.number)).toEqual(STEP_DEFS.map((_, i) => i + 1));
		expect(story.steps.filter((step) => step.chapterTitle).map((step) => step.chapter)).toEqual([
			...CHAPTERS
		]);
	});

	it('puts the article’s figures into the words, formatted', () => {
		const text = story.steps.map((step) => step.paragraphs.map(plainText).join(' ')).join(' ');
		expect(text).toContain('1.06 trillion yuan');
		expect(text).toContain('US$149.06 billion');
		expect(text).toContain('23.8% of GDP');
		expect(text).toContain('more than 40 million households');
	});

	it('lists every source and every derived figure with its formula', () => {
		expect(story.sources).toHaveLength(dataset.sources.length);
		const derived = dataset.figures.filter((figure) => figure.status === 'derived');
		expect(story.derived.map((item) => item.id)).toEqual(derived.map((figure) => figure.id));
		for (const item of story.derived) expect(item.formula).toMatch(/[a-z_]+/);
	});
});
