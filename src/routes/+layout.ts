// Every page is prerendered to static HTML; URLs end in a slash so relative asset paths hold in any sub-folder.
export const prerender = true;
export const trailingSlash = 'always';
// No page runs SvelteKit's client: each runs only its islands (src/lib/islands), the parts that move.
export const csr = false;
