/**
 * The Content Security Policy of every prerendered page, read from the build as a browser reads it: a
 * `<meta http-equiv>` before any script; scripts from our origin and from listed hashes only, every inline
 * script's hash listed; no eval, no plugins, no other base, no requests to other origins; and the headers
 * file that a static host applies (frame-ancestors, nosniff, referrer, permissions). Runs after the build.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every HTML page of the build, as paths below `build/`. */
function pages(dir = 'build', below = ''): string[] {
	return readdirSync(join(dir, below), { withFileTypes: true }).flatMap((entry) => {
		const path = join(below, entry.name);
		if (entry.isDirectory()) return pages(dir, path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** A policy as a map from directive to its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name = '', ...sources]) => [name, sources])
	);
}

const PAGES = pages();

describe('the Content Security Policy', () => {
	it('is on every page: the 32 pages of both editions', () => {
		expect(PAGES.length).toBe(32);
	});

	for (const path of PAGES) {
		it(`${path}: a strict policy in a <meta> before any script, and every inline script hashed`, () => {
			const html = readFileSync(join('build', path), 'utf8');
			const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
			expect(meta, 'a CSP <meta>').not.toBeNull();
			const firstScript = html.indexOf('<script');
			expect(firstScript === -1 || meta!.index < firstScript, 'the policy comes before any script').toBe(true);
			const policy = parsePolicy(meta![1]!);
			expect(policy.get('default-src')).toEqual(["'self'"]);
			expect(policy.get('object-src')).toEqual(["'none'"]);
			expect(policy.get('base-uri')).toEqual(["'self'"]);
			expect(policy.get('connect-src')).toEqual(["'self'"]);
			const scripts = policy.get('script-src') ?? [];
			expect(scripts).not.toContain("'unsafe-eval'");
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(scripts.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
			for (const [, attributes = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
				// An island's props are a data block (JSON), which a browser never runs.
				if (/\bsrc=/.test(attributes) || /\btype="application\/json"/.test(attributes)) continue;
				const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
				expect(scripts, `the hash of an inline script: ${body.trim().slice(0, 60)}…`).toContain(hash);
			}
			// No handler attributes, which no hash can allow.
			expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
		});
	}
});

describe('the headers file for static hosts (static/_headers)', () => {
	const rules = readFileSync('build/_headers', 'utf8');

	it('keeps the story and present mode from being framed by other sites, and leaves the embeds framable', () => {
		for (const path of ['/', '/zh/', '/present/*', '/zh/present/*']) {
			expect(rules, path).toMatch(
				new RegExp(`^${path.replace(/[*/]/g, '\\$&')}\\n  Content-Security-Policy: frame-ancestors 'self'$`, 'm')
			);
		}
		expect(rules).not.toMatch(/^\/(zh\/)?embed\/?\*?\n  Content-Security-Policy/m);
		expect(rules).not.toMatch(/^\/\*\n(  .*\n)*  Content-Security-Policy/m);
	});

	it('sends nosniff, no referrer and a Permissions-Policy with every file', () => {
		expect(rules).toMatch(/^\/\*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Permissions-Policy: /m);
	});
});
