/**
 * The embed codes the builder offers: the loader snippet (our script sizes the frame) or the frame
 * alone at a fixed height (for editors that strip scripts), each with a `<noscript>` link to the story.
 * Every value that goes into an attribute is escaped.
 */
import type { SceneId } from '$lib/story/steps';
import type { Theme } from './params';

/** What to embed: the stepper, the scroll-driven story, or one chart. */
export type EmbedTarget = 'stepper' | 'scroll' | SceneId;

export interface EmbedChoice {
	target: EmbedTarget;
	theme: Theme | 'auto';
	kind: 'loader' | 'iframe';
}

export interface EmbedSite {
	/** The story's address in the chosen language, absolute, ending in `/` (`https://…/` or `https://…/zh/`). */
	story: string;
	/** The site's root, absolute, where `/embed.js` is. */
	root: string;
	/** The frame's title (already in words: "Shanghai's new engines: an interactive story"). */
	title: string;
	/** The `<noscript>` link's words. */
	noscript: string;
}

/** Fixed heights for the frame alone, tall enough for a phone-width stepper or chart. */
export const FALLBACK_HEIGHT = { stepper: 900, chart: 760 } as const;

/** Escapes a value for a double-quoted attribute or for text. */
export function escapeHtml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed page's address for a choice. */
export function embedUrl(choice: EmbedChoice, site: EmbedSite): string {
	const path =
		choice.target === 'stepper' || choice.target === 'scroll' ? 'embed/' : `embed/${choice.target}/`;
	const url = new URL(path, site.story);
	if (choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
	return url.href;
}

/**
 * The code to paste. The scroll-driven story needs the loader; asked for as a frame alone, it falls
 * back to the stepper (the builder says so).
 */
export function embedSnippet(choice: EmbedChoice, site: EmbedSite): string {
	const noscript = `<noscript><a href="${escapeHtml(site.story)}">${escapeHtml(site.noscript)}</a></noscript>`;
	if (choice.kind === 'loader') {
		const mode = choice.target === 'scroll' ? ' data-mode="scroll"' : '';
		return [
			`<div data-story-embed="${escapeHtml(embedUrl(choice, site))}"${mode} data-title="${escapeHtml(site.title)}">${noscript}</div>`,
			`<script async src="${escapeHtml(new URL('embed.js', site.root).href)}"></script>`
		].join('\n');
	}
	const target = choice.target === 'scroll' ? 'stepper' : choice.target;
	const height = target === 'stepper' ? FALLBACK_HEIGHT.stepper : FALLBACK_HEIGHT.chart;
	return [
		`<iframe src="${escapeHtml(embedUrl({ ...choice, target }, site))}" title="${escapeHtml(site.title)}" width="100%" height="${height}" loading="lazy" style="display:block;width:100%;border:0"></iframe>`,
		noscript
	].join('\n');
}
