import { defineConfig } from 'vitest/config';

/** Tests over the prerendered build in `build/` (run `npm run build` first; `npm test` does). */
export default defineConfig({
	resolve: { alias: { $lib: new URL('./src/lib', import.meta.url).pathname } },
	test: {
		name: 'build',
		environment: 'node',
		include: ['tests/build/**/*.test.ts'],
		testTimeout: 60_000
	}
});
