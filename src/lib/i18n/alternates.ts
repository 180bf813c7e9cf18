/**
 * Search engines want the language alternates absolute. A build that does not know the site's address
 * can only write relative ones (`EditionLinks`); the page makes them absolute from its own address.
 */
export function makeAlternatesAbsolute(root: ParentNode = document): void {
	for (const link of root.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')) {
		link.setAttribute('href', link.href);
	}
}
