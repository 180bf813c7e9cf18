import type { Copy } from './types';

/**
 * The copy files, one per language, found by name: `copy/en.ts`, later `copy/zh.ts`. A new language
 * is a new file here (and its routes); no component changes.
 */
const modules = import.meta.glob<{ default: Copy }>('./copy/*.ts', { eager: true });

export const LANGUAGES: Record<string, Copy> = Object.fromEntries(
	Object.entries(modules).map(([path, module]) => [/([\w-]+)\.ts$/.exec(path)?.[1] ?? path, module.default])
);

export function copyFor(lang: string): Copy {
	const copy = LANGUAGES[lang];
	if (!copy) throw new Error(`no copy for language "${lang}"`);
	return copy;
}
