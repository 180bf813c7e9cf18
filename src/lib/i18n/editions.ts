/**
 * The story's editions: each language, its name in itself, its path under the site's root, and its
 * locale for link previews. Kept apart from the copy files, so a page can list the editions without
 * loading their words.
 */
export interface Edition {
	/** The copy file's name and the URL segment (`zh`); English has no segment. */
	lang: string;
	/** The language tag for `hreflang` and `lang`. */
	tag: string;
	name: string;
	/** The story's path, relative to the site's root: `''` or `'zh/'`. */
	path: string;
	/** For `og:locale`. */
	ogLocale: string;
}

export const EDITIONS: readonly Edition[] = [
	{ lang: 'en', tag: 'en', name: 'English', path: '', ogLocale: 'en_GB' },
	{ lang: 'zh', tag: 'zh-CN', name: '简体中文', path: 'zh/', ogLocale: 'zh_CN' }
];

/** A page's place among the editions: what a component linking it to its twins needs. */
export interface EditionPlace {
	/** This page's edition (`en`, `zh`). */
	edition: string;
	/** The page's path below an edition's root: `''`, `'embed/'`, `'present/'`, `'embed/ic/'`. */
	suffix: string;
	/** The site's root, relative to this page (`resolve('/')`). */
	root: string;
}

/** What a language switch needs: the page's place among the editions, and the switch's name. */
export interface LanguagePlace extends EditionPlace {
	/** The switch's name, in this page's language. */
	label: string;
}

/** The edition a route's optional language segment names; English without one. */
export function editionOf(segment: string | undefined): Edition {
	return EDITIONS.find((edition) => edition.lang === segment && edition.path) ?? EDITIONS[0]!;
}

/** Prerender entries for a route under `[[lang=lang]]`: every edition (the segment's matcher is `src/params/lang.ts`). */
export const EDITION_ENTRIES: Array<{ lang?: 'zh' }> = [{}, { lang: 'zh' }];
