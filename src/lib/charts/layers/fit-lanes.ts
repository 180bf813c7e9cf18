/**
 * Fits a timeline's lanes (`Timeline.html.svelte`) to the plot's height: whole labels when they fit,
 * and the date alone for labels the step is not about when they do not (`data-compact`).
 *
 * It names nothing outside itself, because it runs twice: in the page as the server wrote it, as an
 * inline script right after the lanes (`FIT_LANES_SCRIPT`), so the first paint that shows the lanes
 * already shows them fitted; and in the live chart, on resize and when the wording changes. Fitting
 * only once the chart had come to life moved every label on a phone (a layout shift of 0.036).
 */
export function fitLanes(element: Element | null): void {
	if (!element) return;
	element.removeAttribute('data-compact');
	const box = element.getBoundingClientRect();
	const first = element.firstElementChild?.getBoundingClientRect();
	const last = element.lastElementChild?.getBoundingClientRect();
	if (first && last && (first.top < box.top - 1 || last.bottom > box.bottom + 1)) {
		element.setAttribute('data-compact', '');
	}
}

/**
 * The inline script the server writes right after a timeline's lanes. The lanes are hidden until the
 * axis line after it has arrived, so they are fitted before they are first painted. Its hash joins the
 * page's Content Security Policy (`hooks.server.ts`).
 */
export const FIT_LANES_SCRIPT = `(${fitLanes.toString()})(document.currentScript.previousElementSibling)`;
