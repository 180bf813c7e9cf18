#!/usr/bin/env node
/**
 * Draws the link-preview image, static/share.png (1200×630): the headline, the dek and a unit chart
 * of the first batch of firms, its count read from data/programme.csv. Run it after changing the
 * headline or that row: `node scripts/share-image.mjs`. The PNG is committed, so builds need no browser.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { csvParse } from 'd3';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const root = new URL('..', import.meta.url);
const firms = csvParse(readFileSync(new URL('data/programme.csv', root), 'utf8')).find(
	(row) => row.id === 'hq_batch1_firms'
);
if (!firms) throw new Error('data/programme.csv has no row hq_batch1_firms');
const count = Number(firms.value);

// The words come from the English copy file, so the image says what the page says.
const copy = readFileSync(new URL('src/lib/i18n/copy/en.ts', root), 'utf8');
const field = (name) => {
	const match = new RegExp(`\\n\\t${name}:\\s*\\n?\\s*(['"])(.*?)\\1,`).exec(copy);
	if (!match) throw new Error(`the English copy has no ${name}`);
	return match[2].replace(/\\'/g, "'");
};
const headline = field('headline');
const dek = field('dek');

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const squares = Array.from({ length: count }, () => '<i></i>').join('');
const html = `<!doctype html><html><head><style>
	body { margin: 0; width: 1200px; height: 630px; display: flex; background: #fbfaf7; color: #1b1b1b;
		font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; }
	.text { flex: 1; padding: 72px 40px 64px 72px; display: flex; flex-direction: column; justify-content: center; }
	h1 { margin: 0 0 28px; font-size: 68px; line-height: 1.05; }
	p { margin: 0; font-size: 30px; line-height: 1.35; color: #56524c; }
	.rule { width: 96px; height: 8px; background: #b3261e; margin-bottom: 32px; }
	.grid { width: 360px; margin: auto 72px auto 0; display: grid; grid-template-columns: repeat(8, 1fr); gap: 8px; }
	i { display: block; aspect-ratio: 1; background: #1f5f8b; border-radius: 3px; }
</style></head><body>
	<div class="text"><div class="rule"></div><h1>${escape(headline)}</h1><p>${escape(dek)}</p></div>
	<div class="grid">${squares}</div>
</body></html>`;

const found = await findChromium();
const browser = await chromium.launch({
	...(found ? { executablePath: found.path } : {}),
	args: CHROMIUM_ARGS
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: new URL('static/share.png', root).pathname, type: 'png' });
await browser.close();
console.log(`static/share.png: ${headline} (${count} squares)`);
