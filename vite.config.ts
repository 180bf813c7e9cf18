import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig, type Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirectory, loadDataset } from './src/lib/data/load.ts';
import { DataError } from './src/lib/data/table.ts';
import { islandBuild, islandScene } from './src/lib/islands/vite.ts';

/**
 * Validates `data/` before anything is bundled, so a bad row stops `vite build` (and `vite dev`)
 * with one line naming the file, the row, the column and the rule broken.
 */
function validateData(): Plugin {
	return {
		name: 'story:validate-data',
		// Unit tests feed the loader their own folders; they must not stop on the project's data.
		apply: () => !process.env.VITEST,
		buildStart() {
			const dir = dataDirectory();
			for (const name of readdirSync(dir)) if (name.endsWith('.csv')) this.addWatchFile(join(dir, name));
			try {
				loadDataset(dir);
			} catch (error) {
				if (error instanceof DataError) {
					const failure = new Error(`Invalid data: ${error.message}`);
					failure.stack = failure.message;
					throw failure;
				}
				throw error;
			}
		}
	};
}

export default defineConfig({
	// islandScene: the development server serves each chart embed its scene's script as the build does.
	plugins: [validateData(), sveltekit(), islandBuild(), islandScene()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					clearMocks: true,
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./vitest-setup-client.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			}
		]
	}
});
