/**
 * The story's editions: each language, its name in itself, and its path under the site's root. Kept
 * apart from the copy files, so a page can list the editions without loading their words.
 */
export interface Edition {
	lang: string;
	name: string;
	/** The story's path, relative to the site's root: `''` or `'zh/'`. */
	path: string;
}

export const EDITIONS: readonly Edition[] = [{ lang: 'en', name: 'English', path: '' }];
