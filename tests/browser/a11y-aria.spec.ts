/**
 * ARIA snapshots, as regressions: what a screen reader is given for one step of the story (its text,
 * its figures as buttons, its chart's description), one chart's data table (caption, column and row
 * headers) and one present-mode slide (place, sentence, description, controls). A change here is a
 * change in what is read out: update the snapshot only on purpose.
 */
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });
test.skip(({ isMobile }) => isMobile, 'the same tree at any size: the desktop project runs it');

test('one step: its words, its figures as buttons, and what the chart shows', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('#step-8')).toMatchAriaSnapshot(`
		- paragraph:
		  - text: "Most of that rise came at once:"
		  - button "30.6% of industrial output"
		  - text: in 2018,
		  - button "40% of industrial output"
		  - text: in 2020. A change in what was counted may explain the jump; we found no source that confirms or rules it out.
		- paragraph: "What the chart shows: The output line with the step from 30.6% of industrial output in 2018 to 40% of industrial output in 2020 picked out."
	`);
});

test('one data table: a caption, column headers and a row header per row', async ({ page }) => {
	await page.goto('./?step=26');
	const table = page.locator('#step-26 details');
	await table.locator('summary').click();
	await expect(table).toMatchAriaSnapshot(`
		- group:
		  - text: The chart’s data as a table
		  - table "The second batch":
		    - caption: The second batch
		    - rowgroup:
		      - row "Measure Date Value Status Source":
		        - columnheader "Measure"
		        - columnheader "Date"
		        - columnheader "Value"
		        - columnheader "Status"
		        - columnheader "Source"
		    - rowgroup:
		      - row "The headquarters programme 1 February 2023 Measures for innovative headquarters issued published by the source hxglod.com (mirror of a Shanghai Municipal DRC notice)":
		        - rowheader "The headquarters programme"
		        - cell "1 February 2023"
		        - cell "Measures for innovative headquarters issued"
		        - cell "published by the source"
		        - cell "hxglod.com (mirror of a Shanghai Municipal DRC notice)"
		      - row "The headquarters programme 5 December 2023 First batch named as reported in the article SHINE / Shanghai Daily (Huang Yixuan)":
		        - rowheader "The headquarters programme"
		        - cell "5 December 2023"
		        - cell "First batch named"
		        - cell "as reported in the article"
		        - cell "SHINE / Shanghai Daily (Huang Yixuan)"
		      - row "Firms named innovative enterprise headquarters 5 December 2023 40 firms as reported in the article SHINE / Shanghai Daily (Huang Yixuan)":
		        - rowheader "Firms named innovative enterprise headquarters"
		        - cell "5 December 2023"
		        - cell "40 firms"
		        - cell "as reported in the article"
		        - cell "SHINE / Shanghai Daily (Huang Yixuan)"
		      - row "The headquarters programme 27 February 2025 Second batch named published by the source SHINE / Shanghai Daily (Shen Mengdan)":
		        - rowheader "The headquarters programme"
		        - cell "27 February 2025"
		        - cell "Second batch named"
		        - cell "published by the source"
		        - cell "SHINE / Shanghai Daily (Shen Mengdan)"
		      - row "Firms named innovative enterprise headquarters 27 February 2025 49 firms published by the source SHINE / Shanghai Daily (Shen Mengdan)":
		        - rowheader "Firms named innovative enterprise headquarters"
		        - cell "27 February 2025"
		        - cell "49 firms"
		        - cell "published by the source"
		        - cell "SHINE / Shanghai Daily (Shen Mengdan)"
		      - row "Listed companies in the batch 27 February 2025 26 firms published by the source SHINE / Shanghai Daily (Shen Mengdan)":
		        - rowheader "Listed companies in the batch"
		        - cell "27 February 2025"
		        - cell "26 firms"
		        - cell "published by the source"
		        - cell "SHINE / Shanghai Daily (Shen Mengdan)"
		  - paragraph:
		    - link "Download the data (CSV)"
	`);
});

test('one present-mode slide: where it is, the sentence, the chart’s description and the controls', async ({
	page
}) => {
	await page.goto('present/?step=8');
	await expect(page.locator('[data-ready]')).toBeAttached();
	await expect(page.locator('body')).toMatchAriaSnapshot(`
		- main:
		  - paragraph: Strategic emerging industries
		  - navigation "Language":
		    - link "简体中文"
		  - paragraph: Step 8 of 27
		  - region "Strategic emerging industries":
		    - paragraph:
		      - text: "Most of that rise came at once:"
		      - strong: 30.6% of industrial output
		      - text: in 2018,
		      - strong: 40% of industrial output
		      - text: in 2020. A change in what was counted may explain the jump; we found no source that confirms or rules it out.
		    - paragraph: "What the chart shows: The output line with the step from 30.6% of industrial output in 2018 to 40% of industrial output in 2020 picked out."
		  - button "Previous step"
		  - button "Next step"
		  - button "Teacher notes"
		  - button "Chart first, labels on the next press"
		  - button "High contrast"
		  - 'button "Animation: on" [pressed]'
		  - button "Full screen"
		  - paragraph: "→, Space or Page Down: next · ← or Page Up: back · Home, End · a number then Enter: go to that step · F: full screen · N: notes · M: animation"
	`);
});
