/**
 * The Chinese edition in Chromium: the story scrolls with the step contract, nothing overflows at
 * 320 px, numbers and dates are written the Chinese way, the Chinese embed and present mode work, and
 * the language switch keeps the reader's step (and an embed's options).
 */
import { chartRoot, openStep, sceneCsv, stepsOf } from './chart-helpers';
import { expect, stepCount, test, wheelToStep } from './fixtures';

test('/zh/ scrolls through its steps; the chart follows', async ({ page }) => {
	test.slow();
	await page.goto('zh/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const count = await stepCount(page);
	expect(count).toBeGreaterThanOrEqual(20);
	for (const n of [1, 2, 4, 9, 14, 20, count]) {
		await wheelToStep(page, n);
		await expect(page.locator(`#step-${n}`)).toHaveAttribute('aria-current', 'step');
		await expect(page.locator('.graphic [data-step]')).toHaveAttribute('data-step', String(n));
	}
});

test('numbers, units and dates are Chinese', async ({ page }) => {
	await page.goto('zh/');
	await expect(page.locator('#step-1')).toContainText('2023年12月5日');
	await expect(page.locator('#step-1')).toContainText('40家');
	await expect(page.locator('#step-4')).toContainText('1.06万亿元');
	await expect(page.locator('#step-4')).toContainText('1490.6亿美元');
	await expect(page.locator('#step-5')).toContainText('4944亿元');
});

test('a chart’s labels count in the unit its axis names (billions of yuan become 亿元, ×10), with no thousands separator', async ({
	page,
	request
}) => {
	const rows = await sceneCsv(request, 'ic');
	const china = rows.find((row) => row.id === 'ic_cn_2021');
	expect(china?.unit).toBe('bn_yuan');
	await openStep(page, stepsOf('ic').at(-1)!, 'zh/');
	await expect(chartRoot(page).locator('.sizes .panel-title')).toContainText('亿元');
	await expect(chartRoot(page).locator('[data-figure="ic_cn_2021"] .label')).toHaveText(
		String(Number(china!.value) * 10)
	);
	// And the axis writes 10000 the Chinese way, without a thousands separator.
	const ticks = await chartRoot(page).locator('.sizes .tick').allTextContents();
	expect(ticks.map((tick) => tick.trim())).toContain('10000');
	expect(ticks.filter((tick) => /\d,\d/.test(tick))).toEqual([]);
});

test('nothing overflows sideways at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['zh/', 'zh/embed/', 'zh/embed/ic/', 'zh/present/']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test('the Chinese stepper, chart embed and present mode work', async ({ page }) => {
	await page.goto('zh/embed/?step=3');
	await expect(page.getByText('第3步，共27步')).toBeVisible();
	await page.getByRole('button', { name: '下一步' }).click();
	await expect(page.locator('.chart[data-step]')).toHaveAttribute('data-step', '4');
	await page.goto('zh/embed/united-imaging/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('United Imaging的历程');
	await page.goto('zh/present/');
	await expect(page.locator('.present')).toHaveAttribute('data-ready', 'true');
	await page.keyboard.press('PageDown');
	await expect(page.locator('.present')).toHaveAttribute('data-step', '2');
	await expect(page.getByText('2 / 27')).toBeVisible();
});

test('the language switch keeps the step, both ways, and an embed’s theme', async ({ page }) => {
	await page.goto('?step=6');
	await expect(page.locator('#step-6')).toHaveAttribute('aria-current', 'step');
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page).toHaveURL(/\/zh\/\?step=6$/);
	await expect(page.locator('#step-6')).toHaveAttribute('aria-current', 'step');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?step=6$/);
	await page.goto('embed/?step=5&theme=dark');
	await expect(page.locator('.chart[data-step]')).toHaveAttribute('data-step', '5');
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page).toHaveURL(/\/zh\/embed\/\?step=5&theme=dark$/);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('zh/present/?step=8');
	await expect(page.locator('.present')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/present\/\?step=8$/);
	await expect(page.locator('.present')).toHaveAttribute('data-step', '8');
});

test('a screenshot of every Chinese chapter, kept as a test artifact', async ({ page }, testInfo) => {
	test.slow();
	await page.goto('zh/');
	const firsts = await page
		.locator('.step h2[id^="chapter-"]')
		.evaluateAll((headings) => headings.map((heading) => heading.closest('.step')!.id.replace('step-', '')));
	expect(firsts.length).toBe(7);
	for (const n of firsts) {
		await page.goto(`zh/?step=${n}`);
		await expect(page.locator('.graphic [data-step]')).toHaveAttribute('data-step', n);
		await page.waitForTimeout(800); // the tween into the chapter's first state
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const path = testInfo.outputPath(`zh-step-${n}.png`);
		await page.screenshot({ path });
		await testInfo.attach(`zh-step-${n}`, { path, contentType: 'image/png' });
	}
});
