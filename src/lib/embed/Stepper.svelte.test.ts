import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { copyFor } from '$lib/i18n';
import { buildStory } from '$lib/story/build';
import Stepper from '$lib/testing/StepperFixture.svelte';

const data = buildStory(loadDataset(), copyFor('en'));
const total = data.steps.length;
const chart = () => document.querySelector('.chart[data-step]');

afterEach(() => window.history.replaceState({}, '', '/'));

describe('Stepper', () => {
	it('starts at step 1 and steps with its buttons, announcing where it is', async () => {
		render(Stepper, { data, storyHref: '../' });
		expect(chart()).toHaveAttribute('data-step', '1');
		const status = screen.getByText(`Step 1 of ${total}`);
		expect(status).toHaveAttribute('aria-live', 'polite');
		await fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
		expect(chart()).toHaveAttribute('data-step', '2');
		expect(chart()).toHaveAttribute('data-scene', data.steps[1]?.chart.scene);
		expect(screen.getByText(`Step 2 of ${total}`)).toBeInTheDocument();
		expect(document.querySelector('[aria-current="step"]')?.id).toBe('step-2');
		expect(screen.getByRole('link', { name: /Read the full story/ })).toHaveAttribute('href', '../?step=2');
		await fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
		expect(chart()).toHaveAttribute('data-step', '1');
		expect(screen.getByRole('button', { name: 'Previous step' })).toHaveAttribute('aria-disabled', 'true');
	});

	it('steps with the arrow keys from inside the card, but leaves the chart’s radios their arrows', async () => {
		render(Stepper, { data, storyHref: '../' });
		const next = screen.getByRole('button', { name: 'Next step' });
		await fireEvent.keyDown(next, { key: 'End' });
		expect(chart()).toHaveAttribute('data-step', String(total));
		await fireEvent.keyDown(next, { key: 'Home' });
		await fireEvent.keyDown(next, { key: 'ArrowRight' });
		await fireEvent.keyDown(next, { key: 'ArrowRight' });
		await fireEvent.keyDown(next, { key: 'ArrowRight' });
		await fireEvent.keyDown(next, { key: 'ArrowRight' });
		const valueStep = data.steps.findIndex((step) => step.chart.scene === 'sei-value') + 1;
		expect(chart()).toHaveAttribute('data-step', String(Math.min(5, total)));
		await fireEvent.keyDown(next, { key: 'Home' });
		for (let n = 1; n < valueStep; n++) await fireEvent.keyDown(next, { key: 'ArrowRight' });
		const radio = screen.getByRole('radio', { name: /US dollars/ });
		await fireEvent.keyDown(radio, { key: 'ArrowRight' });
		expect(chart()).toHaveAttribute('data-step', String(valueStep));
	});

	it('keeps every step’s words in one cell, only the current one visible', () => {
		render(Stepper, { data, storyHref: '../' });
		const texts = document.querySelectorAll('.texts > .text');
		expect(texts).toHaveLength(total);
		expect(document.querySelectorAll('.texts > .text[aria-current="step"]')).toHaveLength(1);
	});

	it('opens at ?step=N', () => {
		window.history.replaceState({}, '', '/embed/?step=7');
		render(Stepper, { data, storyHref: '../' });
		expect(chart()).toHaveAttribute('data-step', '7');
	});
});
