/**
 * The copy files stay parallel: every key of one language exists in the other, and each builds a
 * complete story (every token resolved, nothing left in braces).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { buildStory } from '$lib/story/build';
import { LANGUAGES } from './index';

/** Settings one language needs and another may leave out: how its numbers are stepped on an axis. */
const OPTIONAL = new Set(['scale']);

/** Every key path of a copy object; strings and lists (unit steps, paragraphs) are leaves. */
function keyPaths(value: unknown, path = ''): string[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
	return Object.entries(value)
		.filter(([key]) => !OPTIONAL.has(key))
		.flatMap(([key, inner]) => keyPaths(inner, path ? `${path}.${key}` : key));
}

const languages = Object.keys(LANGUAGES);

describe('copy parity', () => {
	it('has English and Chinese', () => {
		expect(languages.sort()).toEqual(['en', 'zh']);
	});

	it.each(languages)('%s has exactly the keys English has', (lang) => {
		const english = new Set(keyPaths(LANGUAGES.en));
		const other = new Set(keyPaths(LANGUAGES[lang]));
		expect(
			[...other].filter((key) => !english.has(key)),
			'only in this language'
		).toEqual([]);
		expect(
			[...english].filter((key) => !other.has(key)),
			'missing in this language'
		).toEqual([]);
	});

	it.each(languages)('%s builds the whole story with every token resolved', (lang) => {
		const story = buildStory(loadDataset(), LANGUAGES[lang]!);
		const text = JSON.stringify({
			steps: story.steps.map((step) => [step.paragraphs, step.key, step.description]),
			scenes: Object.values(story.chart.scenes).map((scene) => scene.marks.map((mark) => mark.label))
		});
		expect(text).not.toMatch(/\{[\w:]+\}/);
	});
});
