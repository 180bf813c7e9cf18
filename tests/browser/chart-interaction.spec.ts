/**
 * The sticky chart in Chromium on a phone (tap) and a desktop (mouse): every number it draws shows its
 * value, status and source, checked against the chart's own CSV and the page's source list; figures
 * in the step text reach their mark from the keyboard; the currency switch swaps the columns for the
 * dollar figures and back. The chapter menu: chapter-menu.spec.ts.
 */
import type { Page } from '@playwright/test';
import {
	chartRoot,
	csvRow,
	detailsPanel,
	expectedLabel,
	listedSource,
	openStep,
	pointAt,
	press,
	seriesName,
	STATUS_WORDS,
	stepNumber,
	type CsvRow,
	type SceneId
} from './chart-helpers';
import { expect, test } from './fixtures';

/** One mark per kind of chart and per status, with the step that draws it. */
const MARKS = [
	{ step: stepNumber('sei-2022'), scene: 'sei-value', id: 'sei_va_2022_reported', status: 'reported' },
	{ step: stepNumber('sei-2017'), scene: 'sei-value', id: 'sei_va_2017', status: 'official' },
	{
		step: stepNumber('shares-rd-conflict'),
		scene: 'rd-intensity',
		id: 'rd_sh_2014_a',
		status: 'conflicting'
	},
	{ step: stepNumber('ic-check'), scene: 'ic', id: 'ic_share_2021_derived', status: 'derived' },
	{ step: stepNumber('ic-ai'), scene: 'ai', id: 'ai_key_firms_reported', status: 'reported' },
	{ step: stepNumber('xiaodu-now'), scene: 'xiaodu', id: 'xiaodu_households', status: 'reported' },
	{ step: stepNumber('ui-revenue'), scene: 'united-imaging', id: 'ui_revenue_2023', status: 'official' },
	{
		step: stepNumber('shares-digital'),
		scene: 'gdp-shares',
		id: 'digital_core_share_reported',
		status: 'reported'
	}
] as const satisfies ReadonlyArray<{ step: number; scene: SceneId; id: string; status: string }>;

/** Checks the details panel of a figure against its CSV row, the source list and the derived list. */
async function expectDetails(page: Page, row: CsvRow): Promise<void> {
	const panel = chartRoot(page).locator(`[data-details="${row.id}"]`);
	await expect(panel).toBeVisible();
	await expect(detailsPanel(page)).toHaveCount(1);
	await expect(panel.locator('.what')).toHaveText(
		new RegExp(`^${escapeRegExp(seriesName(row.series))}, .*${row.period.slice(0, 4)}`)
	);
	await expect(panel.locator('.value')).toHaveText(expectedLabel(row));
	await expect(panel.locator('.status')).toHaveText(STATUS_WORDS[row.status] ?? `no words for ${row.status}`);
	if (row.status === 'derived') {
		const formula = (await page.locator(`#derived-${row.id} code`).textContent())?.trim();
		expect(formula, `the sources section gives the formula of ${row.id}`).toBeTruthy();
		await expect(panel.locator('.formula')).toHaveText(`Formula: = ${formula}`);
	} else {
		await expect(panel.locator('.formula')).toHaveCount(0);
	}
	const source = await listedSource(page, row.source_id);
	expect(source.url, `the CSV and the source list agree on where ${row.id} comes from`).toBe(row.source_url);
	await expect(panel.locator('.source')).toHaveText(`Source: ${source.publisher}, “${source.title}”`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const mark of MARKS) {
	test(`hovering or tapping ${mark.id} at step ${mark.step} shows its value, status (${mark.status}) and source`, async ({
		page,
		request
	}, testInfo) => {
		const row = await csvRow(request, mark.scene, mark.id);
		expect(row.status, 'the CSV gives the status this case is about').toBe(mark.status);
		await openStep(page, mark.step);
		await expect(chartRoot(page)).toHaveAttribute('data-scene', mark.scene);
		const target = chartRoot(page).locator(`[data-figure="${mark.id}"]`);
		await expect(target).toBeVisible();
		await expect(detailsPanel(page)).toHaveCount(0);

		await pointAt(page, mark.step, target, testInfo);
		await expectDetails(page, row);

		if (testInfo.project.name === 'phone') {
			// A second tap on the same mark puts the details away.
			await pointAt(page, mark.step, target, testInfo);
		} else {
			// The pointer leaving the mark puts them away.
			await page.mouse.move(2, (page.viewportSize()?.height ?? 900) - 2);
		}
		await expect(detailsPanel(page)).toHaveCount(0);
	});
}

test('a mouse click on a mark shows its details, as a tap does', async ({ page, request }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the mouse is the desktop’s');
	const row = await csvRow(request, 'sei-value', 'sei_va_2017');
	await openStep(page, stepNumber('sei-2017'));
	await chartRoot(page).locator('[data-figure="sei_va_2017"]').click();
	await expectDetails(page, row);
});

/**
 * Puts the keyboard's focus on the last element a reader reaches with Tab before step `n`'s first
 * figure, without scrolling (so step `n` stays current), as if they had tabbed there.
 */
async function focusJustBefore(page: Page, n: number): Promise<void> {
	const found = await page.evaluate((n) => {
		const first = document.querySelector(`#step-${n} button.figure`);
		if (!first) return false;
		const tabbable = [
			...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, [tabindex]')
		]
			.filter((element) => element.tabIndex >= 0 && element.checkVisibility({ visibilityProperty: true }))
			.filter((element) => element.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
		const before = tabbable.at(-1);
		before?.focus({ preventScroll: true });
		return before !== undefined && document.activeElement === before;
	}, n);
	expect(found, `something takes focus before step ${n}'s first figure`).toBe(true);
}

const focusedFigure = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.figure);

test('tabbing through the step’s text shows each figure’s details in the chart, and tabbing away hides them', async ({
	page
}) => {
	const n = stepNumber('ic-check');
	await openStep(page, n);
	const figures = page.locator(`#step-${n} button.figure`);
	const ids = await figures.evaluateAll((buttons) => buttons.map((button) => button.dataset.figure ?? ''));
	expect(ids.length, 'the step has figures the chart draws').toBeGreaterThanOrEqual(2);
	await focusJustBefore(page, n);
	await expect(detailsPanel(page)).toHaveCount(0);

	for (const [index, id] of ids.entries()) {
		await page.keyboard.press('Tab');
		expect(await focusedFigure(page), `Tab ${index + 1} reaches the step’s figure ${id}`).toBe(id);
		await expect(figures.nth(index)).toBeFocused();
		const panel = chartRoot(page).locator(`[data-details="${id}"]`);
		await expect(panel).toBeVisible();
		await expect(detailsPanel(page)).toHaveCount(1);
		// The panel gives the number the text gives.
		const number = /[\d,.]*\d/.exec((await figures.nth(index).textContent()) ?? '')?.[0] ?? 'no number';
		await expect(panel.locator('.value')).toContainText(number);
	}
	// Back out of the step's text the way we came: the last figure's details go with its focus.
	for (let index = ids.length - 2; index >= 0; index--) {
		await page.keyboard.press('Shift+Tab');
		await expect(figures.nth(index)).toBeFocused();
		await expect(chartRoot(page).locator(`[data-details="${ids[index]}"]`)).toBeVisible();
		await expect(detailsPanel(page)).toHaveCount(1);
	}
	await page.keyboard.press('Shift+Tab');
	expect(ids).not.toContain(await focusedFigure(page));
	await expect(detailsPanel(page)).toHaveCount(0);
});

test('tabbing from one step into the next shows the details of the first figure it reaches', async ({
	page
}) => {
	const n = stepNumber('ic-check');
	await openStep(page, n - 1);
	await focusJustBefore(page, n);
	const first = page.locator(`#step-${n} button.figure`).first();
	const id = await first.getAttribute('data-figure');
	await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	await expect(page.locator(`#step-${n}`)).toHaveAttribute('aria-current', 'step');
	await expect(chartRoot(page)).toHaveAttribute('data-step', String(n));
	await expect(chartRoot(page).locator(`[data-details="${id}"]`)).toBeVisible();
});

/** The first step of the United Imaging chapter. */
/** The columns the chart shows (not faded out), with the values they rise to. */
function visibleColumns(page: Page) {
	return chartRoot(page)
		.locator('.bar')
		.evaluateAll((bars) =>
			bars
				.filter(
					(bar) =>
						bar.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
						Number(getComputedStyle(bar).opacity) > 0.99
				)
				.map((bar) => ({ id: bar.dataset.figure, target: Number(bar.dataset.target) }))
				.sort((a, b) => String(a.id).localeCompare(String(b.id)))
		);
}

for (const { stepId, yuan, usd } of [
	{ stepId: 'sei-2017', yuan: ['sei_va_2017', 'sei_va_2022'], usd: ['sei_va_2017_usd', 'sei_va_2022_usd'] },
	{ stepId: 'sei-2022', yuan: ['sei_va_2022_reported'], usd: ['sei_va_2022_reported_usd'] }
] as const) {
	test(`the currency switch at step ${stepNumber(stepId)} shows the dollar figures and the rate, and goes back to yuan`, async ({
		page,
		request
	}, testInfo) => {
		/** The columns as the CSV says they should stand: in billions of their currency. */
		const columns = async (ids: readonly string[]) => {
			const rows = await Promise.all(ids.map((id) => csvRow(request, 'sei-value', id)));
			const billions: Record<string, number> = { bn_yuan: 1, bn_usd: 1, trn_yuan: 1000 };
			return rows
				.map((row) => ({ id: row.id, target: Number(row.value) * (billions[row.unit] ?? NaN) }))
				.sort((a, b) => a.id.localeCompare(b.id));
		};
		await openStep(page, stepNumber(stepId));
		const group = chartRoot(page).getByRole('group', { name: 'Show values in' });
		const yuanRadio = group.getByRole('radio', { name: 'yuan', exact: true });
		const usdRadio = group.getByRole('radio', { name: 'US dollars' });
		const rate = chartRoot(page).locator('[data-figure="article_yuan_per_usd"]');
		await expect(yuanRadio).toBeChecked();
		await expect.poll(() => visibleColumns(page)).toEqual(await columns(yuan));
		await expect(rate).toHaveCount(0);

		await press(usdRadio, testInfo);
		await expect(usdRadio).toBeChecked();
		await expect.poll(() => visibleColumns(page)).toEqual(await columns(usd));
		await expect(rate).toBeVisible();
		await expect(rate.locator('.value')).toHaveText(
			expectedLabel(await csvRow(request, 'sei-value', 'article_yuan_per_usd'))
		);

		await press(yuanRadio, testInfo);
		await expect(yuanRadio).toBeChecked();
		await expect.poll(() => visibleColumns(page)).toEqual(await columns(yuan));
		await expect(rate).toHaveCount(0);
	});
}
