import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './scripts/find-chromium.mjs';

/**
 * Browser tests in real Chromium against the static build, served as a static host would serve it.
 * `npm test` finds (or installs) the browser first and passes it as CHROME_PATH; without one,
 * Playwright's own download is used if present.
 */
/** The test server's port; PLAYWRIGHT_PORT lets two runs share a machine. */
const PORT = Number(process.env.PLAYWRIGHT_PORT ?? 4173);
const chromium = findSystemChromium();

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	// Two workers on a two-core machine, and many tests load the 360 kB story several times: a test
	// that takes 20 s alone can take twice that under load. Tests that loop over many loads or
	// scans say so with test.slow() (three times this).
	timeout: 60_000,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}/`,
		launchOptions: {
			...(chromium ? { executablePath: chromium.path } : {}),
			args: CHROMIUM_ARGS
		},
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'phone',
			use: {
				...devices['Pixel 7'],
				viewport: { width: 390, height: 844 },
				screen: { width: 390, height: 844 }
			}
		},
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } }
		}
	],
	webServer: {
		command: `node scripts/serve.mjs --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
