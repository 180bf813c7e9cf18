/** The scroll-smoothness run: a phone, a 4× slower CPU, a wheel gesture from top to bottom. */
import { percentile, round, withTimeout } from './stats.mjs';

export /** The scroll test's phone: an iPhone 12–14-sized viewport, 4× slower CPU, wheel-driven scroll at fixed speed. */
const SCROLL = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	cpuThrottlingRate: 4,
	speedPxPerSecond: 3000,
	gestureSource: 'mouse',
	frameBudgetMs: 16.7,
	// rAF timestamps are coarsened to 0.1 ms and wobble by about that much around 16.67 ms, so an on-time
	// frame reads 16.6–16.8 ms; a missed frame reads ≥ 33.3 ms. The tolerance keeps the jitter out.
	jitterMs: 0.5
};

/** One scroll run: load the page, throttle the CPU 4×, scroll to the bottom, read the frames and long tasks. */
export async function scrollRun(browser, url) {
	const context = await browser.newContext({
		viewport: SCROLL.viewport,
		deviceScaleFactor: SCROLL.deviceScaleFactor,
		isMobile: true,
		hasTouch: true
	});
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: SCROLL.cpuThrottlingRate });
		await page.evaluate(() => {
			const bench = { frames: [], longTasks: [] };
			// @ts-ignore
			window.__bench = bench;
			const tick = (time) => {
				bench.frames.push(time);
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
			}).observe({ type: 'longtask' });
		});
		// Let the throttled page settle so the scroll starts from a quiet main thread.
		await page.waitForTimeout(500);

		const position = () =>
			page.evaluate(() => ({
				y: Math.round(scrollY),
				max: document.documentElement.scrollHeight - innerHeight,
				now: performance.now()
			}));
		const start = await position();
		let at = start;
		// One constant-speed synthetic wheel gesture to the bottom; again if the page grew on the way.
		for (let attempt = 0; attempt < 3 && at.max - at.y > 2; attempt += 1) {
			const distance = at.max - at.y;
			const gesture = cdp.send('Input.synthesizeScrollGesture', {
				x: Math.round(SCROLL.viewport.width / 2),
				y: Math.round(SCROLL.viewport.height / 2),
				yDistance: -distance,
				speed: SCROLL.speedPxPerSecond,
				gestureSourceType: SCROLL.gestureSource
			});
			await withTimeout(gesture, (distance / SCROLL.speedPxPerSecond) * 3000 + 30_000, 'scroll gesture');
			at = await position();
		}
		const end = at;
		const { frames, longTasks } = await page.evaluate(() => {
			// @ts-ignore
			const { frames, longTasks } = window.__bench;
			return { frames, longTasks };
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

		const during = frames.filter((time) => time >= start.now && time <= end.now);
		const intervals = during.slice(1).map((time, index) => time - during[index]);
		const tasks = longTasks.filter(([startTime]) => startTime >= start.now && startTime <= end.now);
		const slow = intervals.filter((interval) => interval > SCROLL.frameBudgetMs + SCROLL.jitterMs).length;
		return {
			values: {
				frames: during.length,
				durationMs: round(end.now - start.now, 0),
				p95FrameMs: round(percentile(intervals, 0.95), 1),
				maxFrameMs: intervals.length ? round(Math.max(...intervals), 1) : null,
				shareOver16_7: intervals.length ? round(slow / intervals.length, 4) : null,
				longTasks: tasks.length,
				longTaskMs: round(
					tasks.reduce((sum, [, duration]) => sum + duration, 0),
					0
				),
				scrolledPx: end.y - start.y,
				reachedBottom: end.max - end.y <= 2
			}
		};
	} finally {
		await context.close().catch(() => {});
	}
}
