#!/usr/bin/env node
/**
 * Reproducible builds: builds the site again and checks that every file of `build/` comes out byte for
 * byte the same as in the build already there (newsrooms and CDNs cache by hash). Prints the count of
 * files and the digest of the whole build, or the files that differ, and exits 1 on any difference.
 *
 *   node scripts/reproducible.mjs        (after `npm run build`; `npm test` runs it after its build)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, as relative path → SHA-256, in a stable order. */
function digests(dir, below = '') {
	const found = new Map();
	for (const entry of readdirSync(join(dir, below), { withFileTypes: true }).sort((a, b) =>
		a.name < b.name ? -1 : 1
	)) {
		const path = join(below, entry.name);
		if (entry.isDirectory()) for (const [file, hash] of digests(dir, path)) found.set(file, hash);
		else
			found.set(
				path,
				createHash('sha256')
					.update(readFileSync(join(dir, path)))
					.digest('hex')
			);
	}
	return found;
}

if (!existsSync('build')) {
	console.error('No build/ folder: run `npm run build` first.');
	process.exit(1);
}
const first = digests('build');
const again = spawnSync(join('node_modules', '.bin', 'vite'), ['build'], {
	stdio: ['ignore', 'ignore', 'inherit']
});
if (again.status !== 0) process.exit(again.status ?? 1);
const second = digests('build');

const differ = [...new Set([...first.keys(), ...second.keys()])].filter(
	(file) => first.get(file) !== second.get(file)
);
const whole = createHash('sha256')
	.update([...second].map(([file, hash]) => `${hash}  ${file}`).join('\n'))
	.digest('hex');
if (differ.length > 0) {
	console.error(`✗ Two builds differ in ${differ.length} of ${second.size} files:\n  ${differ.join('\n  ')}`);
	process.exit(1);
}
console.log(`✓ Two builds are byte-identical: ${second.size} files, sha256 of the whole ${whole}`);
