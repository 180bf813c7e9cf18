/**
 * The sticky chart's states, in Chromium on the phone and the desktop project. Scrolling through the
 * story, the chart shows at every step the scene, view and focus marks that STEP_DEFS gives that step.
 * After a fast fling or a jump from the chapter menu it ends on the active step with its tween done:
 * the columns of each plot are proportional to their values and no mark is left half shown. With motion
 * on, a change of state tweens over several frames; with reduced motion (the system's setting, or the
 * page's own switch, which a reload keeps) it is complete within a frame or two. A screenshot of every
 * chapter's opening, at both sizes, is kept under test-results/.
 */
import type { Page } from '@playwright/test';
import { STEP_DEFS } from '../../src/lib/story/steps';
import { expect, stepCount, test, wheelToStep } from './fixtures';

/** The sticky chart: the first `[data-step]` on the page. */
const CHART = '.graphic [data-step]';

/** One bar as drawn: its value, its length in px along the value axis, and which plot it is in. */
interface Bar {
	id: string;
	target: number;
	size: number;
	shown: boolean;
	plot: number;
}

/** The chart at one animation frame, `t` ms after recording began: its state and its bars. */
interface Frame {
	t: number;
	step: number;
	scene: string | null;
	view: string | null;
	bars: Bar[];
}

/**
 * In the page: waits until the chart shows `step` (at once if it already does, or if no step is given),
 * then reads it at each of the next `frames` animation frames.
 */
function recordBars(chart: Element, { step, frames }: { step?: string; frames: number }): Promise<Frame[]> {
	const read = (): Bar[] => {
		const plots: (Element | null)[] = [];
		return [...chart.querySelectorAll<HTMLElement>('.bar[data-target]')].map((bar) => {
			const style = getComputedStyle(bar);
			if (!plots.includes(bar.parentElement)) plots.push(bar.parentElement);
			return {
				id: bar.dataset.figure ?? '',
				target: Number(bar.dataset.target),
				size: parseFloat(bar.classList.contains('bars') ? style.width : style.height),
				shown: style.visibility !== 'hidden' && Number(style.opacity) > 0,
				plot: plots.indexOf(bar.parentElement)
			};
		});
	};
	return new Promise((resolve) => {
		const recorded: Frame[] = [];
		let start = 0;
		const sample = (now: number) => {
			recorded.push({
				t: now - start,
				step: Number(chart.getAttribute('data-step')),
				scene: chart.getAttribute('data-scene'),
				view: chart.getAttribute('data-view'),
				bars: read()
			});
			if (recorded.length < frames) requestAnimationFrame(sample);
			else resolve(recorded);
		};
		const begin = () => {
			start = performance.now();
			requestAnimationFrame(sample);
		};
		if (step === undefined || chart.getAttribute('data-step') === step) return begin();
		const observer = new MutationObserver(() => {
			if (chart.getAttribute('data-step') !== step) return;
			observer.disconnect();
			begin();
		});
		observer.observe(chart, { attributes: true, attributeFilter: ['data-step'] });
	});
}

/**
 * What is wrong with a drawing that should be final: a mark whose target is 0 still drawn longer than
 * its border, a mark with a value hidden, or columns of one plot out of proportion to their values
 * (by more than 2 %).
 */
function drawingProblems(bars: Bar[]): string[] {
	const problems: string[] = [];
	const reference = new Map<number, Bar>();
	for (const bar of bars) {
		if (bar.target === 0) {
			if (bar.shown && bar.size > 4) problems.push(`${bar.id} is drawn ${bar.size}px long for a 0`);
			continue;
		}
		if (!bar.shown) problems.push(`${bar.id} is hidden though its value is ${bar.target}`);
		const first = reference.get(bar.plot);
		if (!first) reference.set(bar.plot, bar);
		else if (Math.abs(bar.size / bar.target / (first.size / first.target) - 1) > 0.02)
			problems.push(
				`${bar.id}: ${bar.size}px for ${bar.target}, but ${first.id}: ${first.size}px for ${first.target}`
			);
	}
	return problems;
}

/** The chart's step, scene and view, and what keeps its drawing from being final (moving counts). */
async function chartNow(page: Page) {
	const frames = await page.locator(CHART).evaluate(recordBars, { frames: 4 });
	const [first, { t, bars, ...state }] = [frames[0]!, frames[3]!];
	const moving = JSON.stringify(first.bars) !== JSON.stringify(bars) || first.step !== state.step;
	return {
		...state,
		problems: [...drawingProblems(bars), ...(moving ? [`the chart is still moving after ${t} ms`] : [])],
		drawn: bars.filter((bar) => bar.shown && bar.target > 0).length
	};
}

/** What the chart should report once it has settled on step `n`. */
const settledOn = (n: number) => ({
	step: n,
	scene: STEP_DEFS[n - 1]!.chart.scene,
	view: STEP_DEFS[n - 1]!.chart.view,
	problems: [],
	drawn: expect.any(Number)
});

/** From step 4 (sei-value, reported) to step 5 (compare) with the wheel; the frames after the switch. */
async function fourToFive(page: Page): Promise<{ frames: Frame[]; final: Bar[] }> {
	const chart = page.locator(CHART);
	await expect(chart).toHaveAttribute('data-step', '4');
	await expect.poll(() => chartNow(page)).toEqual(settledOn(4));
	const recording = chart.evaluate(recordBars, { step: '5', frames: 40 });
	await wheelToStep(page, 5);
	const frames = await recording;
	await expect.poll(() => chartNow(page)).toEqual(settledOn(5));
	const final = (await chart.evaluate(recordBars, { step: '5', frames: 1 }))[0]!.bars;
	expect(final.filter((bar) => bar.shown && bar.target > 0).length).toBe(2);
	return { frames, final };
}

/** The change was instant: within the first two frames every bar is at its final length and visibility. */
function expectInstant({ frames, final }: { frames: Frame[]; final: Bar[] }) {
	const early = frames.slice(0, 2).map((frame) => frame.bars);
	const atFinal = (bars: Bar[]) =>
		bars.every((bar, i) => Math.abs(bar.size - final[i]!.size) < 0.5 && bar.shown === final[i]!.shown);
	expect(early.map((bars) => drawingProblems(bars).length === 0 && atFinal(bars))).toContain(true);
}

test('scrolling down, the chart shows every step’s scene and view, and the marks its text is about', async ({
	page
}) => {
	test.slow();
	await page.goto('./');
	expect(await stepCount(page)).toBe(STEP_DEFS.length);
	const chart = page.locator(CHART);
	for (const [index, { chart: state }] of STEP_DEFS.entries()) {
		const n = index + 1;
		await wheelToStep(page, n);
		await expect(page.locator(`#step-${n}`)).toHaveAttribute('aria-current', 'step');
		await expect(chart).toHaveAttribute('data-step', String(n));
		await expect(chart).toHaveAttribute('data-scene', state.scene);
		await expect(chart).toHaveAttribute('data-view', state.view);
		for (const id of state.focus) {
			await expect(chart.locator(`[data-figure="${id}"]`), `step ${n}: ${id}`).toHaveCount(1);
		}
		// Some focus ids belong to another setting of the chart (US dollars); at least one is in sight.
		const focus = state.focus.map((id) => `[data-figure="${id}"]`).join(', ');
		await expect
			.poll(() =>
				chart.locator(focus).evaluateAll((marks) => marks.map((m) => getComputedStyle(m).visibility))
			)
			.toContain('visible');
	}
});

test('after a fast fling down, up and down again, the chart is on the active step with its tween finished', async ({
	page
}) => {
	await page.goto('./');
	// Scroll positions that put step n's top just above the trigger line (the middle of the viewport).
	const stopAt = (n: number) =>
		page
			.locator(`#step-${n}`)
			.evaluate((step) => Math.round(step.getBoundingClientRect().top + scrollY - innerHeight * 0.4));
	const stops = [await stopAt(20), await stopAt(2), await stopAt(5)];
	let y = 0;
	for (const stop of stops) {
		while (y !== stop) {
			const delta = Math.max(-900, Math.min(900, stop - y));
			await page.mouse.wheel(0, delta);
			y += delta;
		}
	}
	await page.waitForTimeout(1200);
	expect(await page.locator('[aria-current="step"]').getAttribute('id')).toBe('step-5');
	const now = await chartNow(page);
	expect(now).toEqual(settledOn(5));
	expect(now.drawn).toBe(2);
});

// This test aims a menu click at a chart mid-tween, which depends on frame timing: on a loaded
// two-core machine (the whole suite at once) it has missed its window about once in six runs, while
// passing alone every time. It may try again; a real failure fails every try.
test.describe(() => {
	test.describe.configure({ retries: 2 });
	test('a chapter picked from the menu while a chart is moving ends on that chapter’s first step, fully drawn', async ({
		page
	}) => {
		await page.goto('./?step=22');
		const chart = page.locator(CHART);
		await expect(chart).toHaveAttribute('data-step', '22');
		await page.getByRole('navigation', { name: 'Chapters' }).locator('summary').click();
		// As soon as the tween to step 23 moves (the revenue columns grow), the chapter "sei" is picked.
		const picked = chart.evaluate(async (chart) => {
			const frame = () => new Promise(requestAnimationFrame);
			await new Promise<void>((resolve) => {
				const observer = new MutationObserver(() => {
					if (chart.getAttribute('data-step') !== '23') return;
					observer.disconnect();
					resolve();
				});
				observer.observe(chart, { attributes: true, attributeFilter: ['data-step'] });
			});
			const sizes = () =>
				[...chart.querySelectorAll('.bar')].map((bar) => getComputedStyle(bar).height).join();
			await frame();
			const before = sizes();
			// The columns start to grow within a few frames (more on a loaded machine, whose frames come late).
			let moving = false;
			for (let count = 0; count < 20 && !moving; count++) {
				await frame();
				moving = sizes() !== before;
			}
			document.querySelector<HTMLElement>('nav a[href^="?step=4#"]')?.click();
			return moving;
		});
		// One turn of the wheel that brings step 23 just past the trigger line (the middle of the viewport).
		const turn = await page
			.locator('#step-23')
			.evaluate((step) => step.getBoundingClientRect().top - innerHeight * 0.4);
		await page.mouse.wheel(0, Math.round(turn));
		expect(await picked, 'the columns were still growing when the chapter was picked').toBe(true);
		await expect(page.locator('nav details')).not.toHaveAttribute('open');
		await expect(page.locator('#step-4')).toHaveAttribute('aria-current', 'step');
		await expect(page).toHaveURL(/\?step=4$/);
		await expect.poll(() => chartNow(page), { timeout: 5000 }).toEqual(settledOn(4));
		expect((await chartNow(page)).drawn).toBe(1);
	});
});

test('with motion on, step 4 to 5 tweens: the first 200 ms show the columns part-way', async ({ page }) => {
	await page.goto('./?step=4');
	const { frames, final } = await fourToFive(page);
	const early = frames.filter((frame) => frame.t < 200);
	expect(drawingProblems(early[0]!.bars)).not.toEqual([]);
	const end = final.find((bar) => bar.id === 'sei_va_2022')!.size;
	const sizes = early.map((frame) => frame.bars.find((bar) => bar.id === 'sei_va_2022')!.size);
	expect(
		sizes.some((size) => size > 2 && size < end * 0.9),
		`sizes ${sizes} of ${end}px`
	).toBe(true);
});

test.describe('with prefers-reduced-motion: reduce', () => {
	test.use({ reducedMotion: 'reduce' });

	test('step 4 to 5 changes the chart at once', async ({ page }) => {
		await page.goto('./?step=4');
		expectInstant(await fourToFive(page));
	});
});

test('the page’s animation switch makes charts change at once, and a reload keeps the choice', async ({
	page
}) => {
	await page.goto('./?step=4');
	const on = page.getByRole('button', { name: 'Animation: on' });
	await expect(on).toHaveAttribute('aria-pressed', 'true');
	await on.click();
	const off = page.getByRole('button', { name: 'Animation: off' });
	await expect(off).toHaveAttribute('aria-pressed', 'false');
	expect(await page.evaluate(() => localStorage.getItem('story:motion'))).toBe('off');
	expectInstant(await fourToFive(page));

	await page.reload();
	await expect(off).toHaveAttribute('aria-pressed', 'false');
	expectInstant(await fourToFive(page));
});

/** Each chapter and the number of its first step. */
const CHAPTER_STARTS = STEP_DEFS.flatMap((def, index) =>
	STEP_DEFS[index - 1]?.chapter !== def.chapter ? [{ chapter: def.chapter, n: index + 1 }] : []
);

test('every chapter’s opening chart fits the viewport (screenshots kept in test-results)', async ({
	page
}, testInfo) => {
	test.slow(); // seven loads and seven screenshots
	expect(CHAPTER_STARTS).toHaveLength(7);
	for (const { chapter, n } of CHAPTER_STARTS) {
		await page.goto(`./?step=${n}`);
		await expect(page.locator(CHART)).toHaveAttribute('data-step', String(n));
		await expect.poll(() => chartNow(page)).toEqual(settledOn(n));
		const outside = await page.locator(CHART).evaluate((chart) => {
			const box = chart.getBoundingClientRect();
			const marks = [...chart.querySelectorAll<HTMLElement>('[data-figure]')].filter(
				(mark) => getComputedStyle(mark).visibility !== 'hidden'
			);
			return [
				...(document.documentElement.scrollWidth > innerWidth ? ['the page is wider than the viewport'] : []),
				...(box.left < 0 || box.right > innerWidth ? ['the chart'] : []),
				...marks
					.filter((mark) => {
						const { left, right } = mark.getBoundingClientRect();
						return left < box.left - 1 || right > box.right + 1;
					})
					.map((mark) => mark.dataset.figure)
			];
		});
		expect(outside, `${chapter}: outside the viewport or the chart`).toEqual([]);
		const path = testInfo.outputPath(`chapter-${chapter}.png`);
		await page.screenshot({ path });
		await testInfo.attach(`chapter-${chapter}`, { path, contentType: 'image/png' });
	}
});
