/**
 * A language link keeps the reader's place: the step on screen (the element with
 * `aria-current="step"`) and the page's own options (`?theme=`, `?mode=`, pym's parameters). The link
 * itself, as the server wrote it, goes to the other edition's page; the place is added as it is
 * followed, so a page without JavaScript still has a plain link.
 */

/** The parameters a page reads, carried over as they are (each page parses them itself). */
const KEPT = ['theme', 'mode', 'childId', 'initialWidth'];

/** `href` (another edition's page, without a query) with the reader's place on this page added. */
export function withPlace(href: string): string {
	const here = new URLSearchParams(location.search);
	const next = new URLSearchParams();
	const step = /^step-(\d+)$/.exec(document.querySelector('[aria-current="step"]')?.id ?? '')?.[1];
	if (step) next.set('step', step);
	for (const key of KEPT) {
		const value = here.get(key);
		if (value !== null) next.set(key, value);
	}
	const query = next.toString();
	return query ? `${href}?${query}` : href;
}

/** Points a language link, as it is followed, at the other edition's page with the reader's place. */
export function addPlace(link: HTMLAnchorElement): void {
	link.href = withPlace(link.getAttribute('href')!.split('?')[0]!);
}

/**
 * Makes the language links (`nav.languages a`) of a page that is not otherwise brought to life keep
 * the reader's place when followed: one listener on the document, no component to hydrate.
 */
export function keepPlaceOnLanguageLinks(): void {
	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('nav.languages a[href]');
		if (link) addPlace(link);
	});
}
