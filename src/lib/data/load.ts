import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SPECIAL_FILES, type Dataset } from './schema.ts';
import { DataError } from './table.ts';
import { parseBreaks, parseFigures, parseMilestones, parseSources, validateDataset } from './parse.ts';

/** Where `data/` is: the project's own, unless `STORY_DATA_DIR` points elsewhere (the build test uses that). */
export function dataDirectory(): string {
	return process.env.STORY_DATA_DIR ?? join(process.cwd(), 'data');
}

/**
 * Reads and validates every CSV file in `dir` (build time only: it uses the file system).
 * Throws a `DataError` naming the file, row and column of the first problem.
 */
export function loadDataset(dir: string = dataDirectory()): Dataset {
	const label = (name: string) => relative(process.cwd(), join(dir, name)) || name;
	const names = readdirSync(dir)
		.filter((name) => name.endsWith('.csv'))
		.sort();
	const read = (name: string) => readFileSync(join(dir, name), 'utf8');
	if (!names.includes(SPECIAL_FILES.sources)) {
		throw new DataError(
			label(SPECIAL_FILES.sources),
			1,
			'id',
			'the file is missing; every figure needs a source'
		);
	}
	const special = new Set<string>(Object.values(SPECIAL_FILES));
	return validateDataset({
		sourcesFile: label(SPECIAL_FILES.sources),
		sources: parseSources(read(SPECIAL_FILES.sources), label(SPECIAL_FILES.sources)),
		milestones: names.includes(SPECIAL_FILES.milestones)
			? parseMilestones(read(SPECIAL_FILES.milestones), label(SPECIAL_FILES.milestones))
			: [],
		breaks: names.includes(SPECIAL_FILES.breaks)
			? parseBreaks(read(SPECIAL_FILES.breaks), label(SPECIAL_FILES.breaks))
			: [],
		figures: names
			.filter((name) => !special.has(name))
			.flatMap((name) => parseFigures(read(name), label(name)))
	});
}
