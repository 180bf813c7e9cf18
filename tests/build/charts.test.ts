/**
 * The charts as the build ships them: without JavaScript every step is followed by a static chart of its
 * own state; every chart's data is a CSV under data/ that matches data/ row for row; link previews get
 * a title, a description and an image that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { buildStory } from '$lib/story/build';
import { SCENES } from '$lib/story/steps';

const html = readFileSync('build/index.html', 'utf8');
const dataset = loadDataset();
const story = buildStory(dataset, copyFor('en'));

/** The markup of step n, from its opening tag to the next step's. */
function stepMarkup(n: number): string {
	const start = html.indexOf(`id="step-${n}"`);
	const next = html.indexOf(`id="step-${n + 1}"`);
	return html.slice(start, next === -1 ? html.indexOf('id="sources"') : next);
}

describe('static charts for readers without JavaScript', () => {
	it('follow every step, each drawing that step’s scene and view', () => {
		for (const step of story.steps) {
			const markup = stepMarkup(step.number);
			const chart = new RegExp(
				`class="static-chart[^"]*"[\\s\\S]*?data-step="${step.number}" data-scene="${step.chart.scene}" data-view="${step.chart.view}"`
			);
			expect(markup, `step ${step.number}`).toMatch(chart);
		}
	});

	it('draw every figure the step’s words pick out', () => {
		for (const step of story.steps) {
			const markup = stepMarkup(step.number);
			const fromStatic = markup.slice(markup.indexOf('class="static-chart'));
			for (const id of step.chart.focus) {
				expect(fromStatic, `step ${step.number}: ${id}`).toContain(`data-figure="${id}"`);
			}
		}
	});

	it('are shown by a <noscript> style, and hidden from assistive technology', () => {
		expect(html).toMatch(/<noscript>\s*(<!--[\s\S]*?-->)?\s*<style>[\s\S]*\.nojs-show\s*\{\s*display:\s*block !important/);
		expect([...html.matchAll(/class="static-chart[^"]*" aria-hidden="true"/g)]).toHaveLength(story.steps.length);
	});
});

describe('each chart’s data as CSV', () => {
	it.each(SCENES)('data/%s.csv holds the rows the chart draws, as data/ writes them', (scene) => {
		const path = `build/data/${scene}.csv`;
		expect(existsSync(path), path).toBe(true);
		const rows = csvParse(readFileSync(path, 'utf8'));
		expect(rows.map((row) => row.id)).toEqual(story.chart.scenes[scene].marks.map((mark) => mark.id));
		for (const row of rows) {
			const figure = dataset.figures.find((candidate) => candidate.id === row.id);
			const source = dataset.sources.find((candidate) => candidate.id === row.source_id);
			expect(source?.url, `${row.id}: source`).toBe(row.source_url);
			if (figure) {
				expect(Number(row.value), row.id).toBe(figure.value);
				expect(row.unit).toBe(figure.unit);
				expect(row.status).toBe(figure.status);
			} else {
				expect(dataset.milestones.find((candidate) => candidate.id === row.id)?.event).toBe(row.event);
			}
		}
	});

	it('is linked from the data table of the chart’s first step', () => {
		for (const step of story.steps.filter((candidate) => candidate.table)) {
			expect(stepMarkup(step.number)).toMatch(new RegExp(`href="\\./data/${step.table}\\.csv"`));
		}
	});
});

describe('link previews', () => {
	it('get a title, a description and a share image that exists', () => {
		expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
		expect(html).toMatch(/<meta property="og:description" content="[^"]{40,}"/);
		const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
		expect(image).toBeDefined();
		expect(existsSync(`build/${image?.replace(/^\.\//, '')}`), image).toBe(true);
		expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
	});
});
