import { createHash } from 'node:crypto';

/**
 * Build time only: makes a prerendered page paint before it fetches its JavaScript.
 *
 * SvelteKit's page asks for every module of the app in its `<head>` (`<link rel="modulepreload">`)
 * and imports them from its start-up script. On a slow phone link those requests share the
 * bandwidth with the page itself and push back its first paint. Here the preload links leave the
 * head, and the start-up script waits for the first frame to be painted (or 200 ms, for a frame the
 * browser does not paint: a background tab, an off-screen frame) before it adds them back and
 * starts the app. The page reads the same; it becomes interactive a frame later. The Content Security
 * Policy's hash of the start-up script is updated to match.
 *
 * Throws when SvelteKit's output no longer has the shape this expects, so the build stops rather
 * than ship a page that never starts.
 */
export function hydrateAfterPaint(html: string): string {
	const start = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/.exec(html);
	if (!start) return html; // A page without client-side rendering.
	const body = start[1]!;

	const preloads: string[] = [];
	const withoutPreloads = html.replace(
		/<link href="([^"]+)" rel="modulepreload">\n?\t*/g,
		(_, href: string) => {
			preloads.push(href);
			return '';
		}
	);

	const begin = 'Promise.all([';
	const end = ']).then(([kit, app]) => {';
	if (count(body, begin) !== 1 || count(body, end) !== 1)
		throw new Error(
			'hydrateAfterPaint: SvelteKit’s start-up script has changed shape; see src/lib/after-paint.ts'
		);
	const afterPaint =
		'new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted)); setTimeout(painted, 200); })' +
		'.then(() => { for (const href of ' +
		JSON.stringify(preloads) +
		") { const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link); } return " +
		begin;
	const newBody = body.replace(begin, afterPaint).replace(end, ']); }).then(([kit, app]) => {');

	const oldHash = `'sha256-${sha256(body)}'`;
	let page = withoutPreloads.replace(body, () => newBody);
	if (page.includes('http-equiv="content-security-policy"')) {
		if (count(page, oldHash) !== 1)
			throw new Error('hydrateAfterPaint: the start-up script’s hash is not in the Content Security Policy');
		page = page.replace(oldHash, `'sha256-${sha256(newBody)}'`);
	}
	return page;
}

function count(text: string, part: string): number {
	return text.split(part).length - 1;
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('base64');
}
