/**
 * Every step of the story, drawn in its own state: the chart names its scene, the figures the step's
 * text talks about are in sight and picked out (and nothing else is), and every mark stands for its
 * own figure: its value, status, lower bound and printed label all come from `data/`. The cases are
 * built from STEP_DEFS, so a new step is covered as soon as it exists. What each scene shows in each
 * state is tested per scene in the other files here.
 */
import { describe, expect, it } from 'vitest';
import { STEP_DEFS, type SceneId } from '$lib/story/steps';
import { drawScene, drawn, figure, isBound, seen, story, words, withoutMotion } from './scene-test-kit';

withoutMotion();

const STEPS = STEP_DEFS.map((def, index) => ({ number: index + 1, ...def }));

/**
 * The value chart names a figure in both currencies and draws the one the reader chose (yuan until
 * the switch is used): a step's figure in US dollars waits for the switch (value-scenes test).
 */
const inOtherCurrency = (scene: SceneId, id: string) =>
	scene === 'sei-value' && figure(scene, id).unit === 'bn_usd';

/** Marks drawn with a class per status and an open end for lower bounds. */
const CLASSED = '.bar[data-figure], .dot[data-figure], .event[data-figure], .card[data-figure]';

describe.each(STEPS)('step $number ($id)', ({ chart }) => {
	it(`draws its scene, titled, with the figures its text talks about in sight and picked out`, () => {
		const { container } = drawScene(chart);
		const frame = container.querySelector('[data-scene]');
		expect(frame).toHaveAttribute('data-scene', chart.scene);
		expect(frame?.querySelector('.title')).toHaveTextContent(story.chart.titles[chart.scene].title);

		for (const id of chart.focus.filter((id) => !inOtherCurrency(chart.scene, id))) {
			expect(seen(drawn(id)), `${id} is in sight`).toBe(true);
		}
		const focused = [...document.querySelectorAll<HTMLElement>('.focus[data-figure]')].map(
			(element) => element.dataset.figure
		);
		expect(focused.every((id) => (chart.focus as readonly string[]).includes(id ?? ''))).toBe(true);
		for (const element of document.querySelectorAll<HTMLElement>(CLASSED)) {
			const id = element.dataset.figure ?? '';
			expect(element.classList.contains('focus'), `${id} is picked out`).toBe(
				(chart.focus as readonly string[]).includes(id)
			);
		}
		// No details until a mark is pointed at.
		expect(document.querySelector('[data-details]')).toBeNull();
	});

	it('draws each mark once, at its own figure, with its status, bound and label from the data', () => {
		drawScene(chart);
		const ids = [...document.querySelectorAll<HTMLElement>('[data-figure]')].map(
			(element) => element.dataset.figure
		);
		expect(new Set(ids).size).toBe(ids.length);

		for (const element of document.querySelectorAll<HTMLElement>('[data-target]')) {
			const mark = figure(chart.scene, element.dataset.figure ?? '');
			const value = Number(element.dataset.target);
			// A mark stands for its own number (on the scene's axis) or is not drawn yet (0).
			expect([0, mark.scaled, mark.value], mark.id).toContain(value);
			if ((chart.focus as readonly string[]).includes(mark.id) && !inOtherCurrency(chart.scene, mark.id)) {
				expect(value, mark.id).not.toBe(0);
			}
		}

		for (const element of document.querySelectorAll<HTMLElement>(CLASSED)) {
			const mark = figure(chart.scene, element.dataset.figure ?? '');
			expect(element, mark.id).toHaveClass(`status-${mark.status}`);
			if (element.matches('.card')) continue;
			expect(element.classList.contains('bound'), `${mark.id} is drawn as a lower bound`).toBe(isBound(mark));
		}

		for (const label of document.querySelectorAll('.bar .label, .dot .label')) {
			const mark = figure(chart.scene, label.closest<HTMLElement>('[data-figure]')?.dataset.figure ?? '');
			const target = `${words.chart.entities.target}: ${mark.short}%`;
			const allowed = [
				mark.short,
				`${mark.short}%`,
				mark.label,
				...(mark.series === 'rd_intensity_target' ? [target] : [])
			];
			expect(allowed, mark.id).toContain(label.textContent?.trim());
		}
		for (const what of document.querySelectorAll('.event .what')) {
			const mark = figure(chart.scene, what.closest<HTMLElement>('[data-figure]')?.dataset.figure ?? '');
			expect([mark.label, `${words.series[mark.series]}: ${mark.label}`], mark.id).toContain(
				what.textContent?.trim()
			);
			expect(what.previousElementSibling).toHaveTextContent(mark.when);
		}
		for (const card of document.querySelectorAll('.card')) {
			const mark = figure(chart.scene, card.closest<HTMLElement>('[data-figure]')?.dataset.figure ?? '');
			expect(card.querySelector('.value')).toHaveTextContent(mark.label);
		}
	});
});

describe('the steps, together', () => {
	it('show every scene the chart can draw at least once', () => {
		expect(new Set(STEPS.map((step) => step.chart.scene))).toEqual(new Set(Object.keys(story.chart.scenes)));
	});
});
