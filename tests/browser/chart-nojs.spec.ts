/**
 * Without JavaScript, in Chromium on the phone and the desktop project: every step carries its own
 * chart, drawn at build time in the state STEP_DEFS gives that step (scene, view and the marks in
 * focus), and the sticky chart, which cannot follow the scroll, is not shown.
 */
import { STEP_DEFS } from '../../src/lib/story/steps';
import { expect, stepCount, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript every step shows a static chart of its own state, and no sticky chart', async ({
	page
}) => {
	await page.goto('./');
	expect(await stepCount(page)).toBe(STEP_DEFS.length);
	await expect(page.locator('.graphic')).toBeHidden();
	await expect(page.locator('.static-chart')).toHaveCount(STEP_DEFS.length);
	for (const [index, { chart: state }] of STEP_DEFS.entries()) {
		const n = index + 1;
		const staticChart = page.locator(`#step-${n} .static-chart`);
		await expect(staticChart, `step ${n}`).toBeVisible();
		const chart = staticChart.locator('[data-step]').first();
		await expect(chart).toHaveAttribute('data-step', String(n));
		await expect(chart).toHaveAttribute('data-scene', state.scene);
		await expect(chart).toHaveAttribute('data-view', state.view);
		for (const id of state.focus) {
			await expect(chart.locator(`[data-figure="${id}"]`), `step ${n}: ${id}`).toHaveCount(1);
		}
	}
});
