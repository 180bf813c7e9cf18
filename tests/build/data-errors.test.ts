/**
 * `npm run build` on corrupted data stops before bundling, and its message names the file, the row,
 * the column and the rule. The corruption is made in a copy of data/ (STORY_DATA_DIR points at it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const copy = mkdtempSync(join(tmpdir(), 'story-bad-data-'));
cpSync('data', copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Replaces one cell of a data file, found by its row's id and its column name. Returns the row number. */
function corrupt(file: string, id: string, column: string, value: string): number {
	const path = join(copy, file);
	const lines = readFileSync(path, 'utf8').split('\n');
	const header = (lines[0] ?? '').split(',');
	const index = lines.findIndex((line) => line.startsWith(`${id},`));
	const cells = (lines[index] ?? '').split(',');
	cells[header.indexOf(column)] = value;
	lines[index] = cells.join(',');
	writeFileSync(path, lines.join('\n'));
	return index + 1;
}

describe('vite build with a corrupted value', () => {
	it('fails, naming file, row, column and rule', () => {
		const row = corrupt('rd_intensity.csv', 'rd_sh_2023', 'value', '4.4x');
		const result = spawnSync(join('node_modules', '.bin', 'vite'), ['build'], {
			env: { ...process.env, STORY_DATA_DIR: copy },
			encoding: 'utf8'
		});
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status).not.toBe(0);
		expect(output).toContain(`rd_intensity.csv, row ${row}, column "value": "4.4x" is not a number`);
	});
});
