// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { figureOf, markCurrent, scenesAround } from './figures';

describe('figureOf', () => {
	document.body.innerHTML = `
		<div id="step-12"><p>
			<button type="button" class="figure" data-figure="rd_2022">4.4%</button>
			<span class="figure" data-figure="gdp">4.7 trillion</span>
			<button type="button" class="other">Next</button>
		</p></div>
		<button type="button" class="figure" data-figure="loose">1</button>`;

	it('names the figure and the step of a figure button in a step’s words', () => {
		expect(figureOf(document.querySelector('[data-figure="rd_2022"]'))).toEqual({ id: 'rd_2022', step: 12 });
	});

	it('names nothing for other targets: a bold figure the chart does not draw, another button, no step', () => {
		expect(figureOf(document.querySelector('[data-figure="gdp"]'))).toBeUndefined();
		expect(figureOf(document.querySelector('.other'))).toBeUndefined();
		expect(figureOf(document.querySelector('[data-figure="loose"]'))).toBeUndefined();
		expect(figureOf(window)).toBeUndefined();
		expect(figureOf(null)).toBeUndefined();
	});
});

describe('markCurrent', () => {
	it('marks the current step’s element, and unmarks the one marked before', () => {
		document.body.innerHTML = '<div id="a" aria-current="step"></div><div id="b"></div><div id="c"></div>';
		const elements = [...document.querySelectorAll('div')];
		markCurrent(elements, 3);
		expect(elements.map((element) => element.getAttribute('aria-current'))).toEqual([null, null, 'step']);
		markCurrent(elements, 9);
		expect(document.querySelectorAll('[aria-current]')).toHaveLength(0);
	});
});

describe('scenesAround', () => {
	const steps = ['a', 'a', 'b', 'c', 'c', 'd'].map((scene) => ({ chart: { scene } }));
	it('is the scenes from the step before the current one to some steps after it, within the story', () => {
		expect(scenesAround(steps, 1, 3)).toEqual(['a', 'a', 'b', 'c']);
		expect(scenesAround(steps, 4, 2)).toEqual(['b', 'c', 'c', 'd']);
		expect(scenesAround(steps, 6, 3)).toEqual(['c', 'd']);
	});
});
