import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSideEffects, REEXPORTS_ONLY } from './vite';

/** A module's text without its comments. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Nothing but `export { … } from '…'` and `export * from '…'` statements. */
const ONLY_REEXPORTS = /^(\s*export\s*(\{[^}]*\}|\*(\s*as\s+[\w$]+)?)\s*from\s*(['"])[^'"]+\4\s*;?)+\s*$/;

describe('the island builds’ modules without side effects', () => {
	it.each(REEXPORTS_ONLY)('%s, as installed, only re-exports', (file) => {
		const code = withoutComments(readFileSync(`node_modules/${file}`, 'utf8'));
		expect(code).toMatch(ONLY_REEXPORTS);
	});

	it('tells a module that only re-exports from one that runs code (the check itself)', () => {
		expect('export { a, b as c } from \'./a.js\';\nexport * from "./b.js"').toMatch(ONLY_REEXPORTS);
		expect("export { a } from './a.js';\nwindow.x = 1;").not.toMatch(ONLY_REEXPORTS);
		expect("import './a.js';\nexport { a } from './a.js';").not.toMatch(ONLY_REEXPORTS);
	});

	it('are only those, each by its package file', () => {
		for (const file of REEXPORTS_ONLY) expect(hasSideEffects(`/work/node_modules/${file}`), file).toBe(false);
		expect(hasSideEffects('/work/node_modules/svelte/src/internal/client/runtime.js')).toBe(true);
		expect(hasSideEffects('/work/node_modules/svelte/src/internal/disclose-version.js')).toBe(true);
		expect(hasSideEffects('/work/src/lib/layercake/dist/index.js')).toBe(true);
	});
});
