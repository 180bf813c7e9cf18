/**
 * The prerendered build, read as a static host serves it and as a reader without JavaScript gets it:
 * the whole narrative in order, step ids and the initial aria-current, the sources with their links,
 * relative asset paths, precompressed files. Runs after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { plainText } from '$lib/i18n/tokens';
import { buildStory } from '$lib/story/build';

const html = readFileSync('build/index.html', 'utf8');
const story = buildStory(loadDataset(), copyFor('en'));

/** The text of some HTML, tags dropped and entities decoded, spaces collapsed. */
const textOf = (markup: string) =>
	markup
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');

describe('build/index.html', () => {
	it('is English and titled', () => {
		expect(html).toMatch(/<html lang="en">/);
		expect(textOf(/<title>(.*?)<\/title>/.exec(html)?.[1] ?? '')).toBe(story.copy.meta.title);
		expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
	});

	it('holds every step, numbered 1 to N in reading order, with step 1 current', () => {
		const ids = [...html.matchAll(/id="(step-\d+)"/g)].map((match) => match[1]);
		expect(ids).toEqual(story.steps.map((step) => `step-${step.number}`));
		expect([...html.matchAll(/aria-current="step"/g)]).toHaveLength(1);
		expect(html).toMatch(/id="step-1"[^>]*aria-current="step"/);
	});

	it('carries each step’s words and chart description, in order', () => {
		const text = textOf(html);
		let from = 0;
		for (const step of story.steps) {
			for (const paragraph of step.paragraphs) {
				const at = text.indexOf(plainText(paragraph).replace(/\s+/g, ' '), from);
				expect(at, `step ${step.number}: ${plainText(paragraph)}`).toBeGreaterThanOrEqual(from);
				from = at;
			}
			expect(text.indexOf(step.description, from), `description of step ${step.number}`).toBeGreaterThan(from);
		}
	});

	it('renders the sticky chart at step 1, its plot hidden from assistive technology', () => {
		const graphic = html.slice(html.indexOf('class="graphic'), html.indexOf('class="steps'));
		expect(graphic).toMatch(/<div class="chart[^"]*" data-step="1" data-scene="firms" data-view="all"/);
		expect(graphic).toMatch(/class="plot[^"]*" aria-hidden="true"/);
	});

	it('lists every source with its link, after the story', () => {
		const sources = html.slice(html.indexOf('id="sources"'));
		expect(html.indexOf('id="sources"')).toBeGreaterThan(html.lastIndexOf('id="step-'));
		for (const source of story.sources) {
			expect(sources).toContain(`id="source-${source.id}"`);
			expect(sources).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
		}
	});

	it('uses only relative paths for its own assets', () => {
		const own = [...html.matchAll(/(?:href|src)="([^"]+)"/g)]
			.map((match) => match[1] as string)
			.filter((url) => !/^(https?|data):/.test(url) && !url.startsWith('#') && !url.startsWith('?'));
		expect(own.length).toBeGreaterThan(0);
		for (const url of own) expect(url, url).toMatch(/^\.\.?\//);
		expect(html).not.toMatch(/import\("\/_app/);
	});

	it('ships every page and script precompressed as .br and .gz', () => {
		const scripts = readdirSync('build/_app/immutable', { recursive: true, encoding: 'utf8' }).filter((name) =>
			name.endsWith('.js')
		);
		expect(scripts.length).toBeGreaterThan(0);
		for (const file of ['index.html', ...scripts.map((name) => join('_app/immutable', name))]) {
			expect(existsSync(join('build', `${file}.br`)), `${file}.br`).toBe(true);
			expect(existsSync(join('build', `${file}.gz`)), `${file}.gz`).toBe(true);
		}
	});
});
