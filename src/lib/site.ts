/**
 * The address the site will be published at, from `STORY_SITE_URL` at build time: absolute, ending
 * in `/` (so `new URL('embed/', site)` stays inside it), or `null` when unset or not an http(s) URL.
 * Build time only (it reads the environment).
 */
export function siteUrl(raw: string | undefined = process.env.STORY_SITE_URL): string | null {
	if (!raw) return null;
	try {
		const url = new URL(raw);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		if (!url.pathname.endsWith('/')) url.pathname += '/';
		url.search = '';
		url.hash = '';
		return url.href;
	} catch {
		return null;
	}
}
