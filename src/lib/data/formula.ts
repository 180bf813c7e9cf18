/**
 * The arithmetic of derived figures. A derived row's note starts with its formula, e.g.
 * `= ic_sh_2020 / ic_cn_2020 * 100; scopes differ`. A formula names other figures by id and uses
 * numbers, + - * / and parentheses: nothing else is parsed, and nothing is ever evaluated as code.
 */

export type Token =
	| { kind: 'id'; text: string }
	| { kind: 'number'; value: number }
	| { kind: 'op'; text: '+' | '-' | '*' | '/' | '(' | ')' };

/** Splits the formula of a derived note (`= …;` or `= …` to the end) from the note. */
export function formulaOf(note: string): string | undefined {
	const match = /^=\s*([^;]*)/.exec(note);
	return match ? (match[1] ?? '').trim() : undefined;
}

export function tokenize(formula: string): Token[] {
	const tokens: Token[] = [];
	const pattern = /\s*(?:([a-z][a-z0-9_]*)|(\d+(?:\.\d+)?)|([-+*/()]))/y;
	let index = 0;
	while (index < formula.length) {
		if (/^\s*$/.test(formula.slice(index))) break;
		pattern.lastIndex = index;
		const match = pattern.exec(formula);
		if (!match) throw new Error(`cannot read the formula at "${formula.slice(index).trim()}"`);
		if (match[1]) tokens.push({ kind: 'id', text: match[1] });
		else if (match[2]) tokens.push({ kind: 'number', value: Number(match[2]) });
		else tokens.push({ kind: 'op', text: match[3] as '+' });
		index = pattern.lastIndex;
	}
	if (tokens.length === 0) throw new Error('the formula is empty');
	return tokens;
}

/** The ids a formula refers to. */
export function referencedIds(formula: string): string[] {
	return tokenize(formula).flatMap((token) => (token.kind === 'id' ? [token.text] : []));
}

/** Evaluates a formula, looking each id up with `valueOf`. Throws on a malformed formula. */
export function evaluate(formula: string, valueOf: (id: string) => number): number {
	const tokens = tokenize(formula);
	let position = 0;
	const peek = () => tokens[position];
	const take = () => tokens[position++];

	const primary = (): number => {
		const token = take();
		if (!token) throw new Error('the formula ends too early');
		if (token.kind === 'number') return token.value;
		if (token.kind === 'id') return valueOf(token.text);
		if (token.text === '(') {
			const inner = sum();
			const close = take();
			if (!close || close.kind !== 'op' || close.text !== ')') throw new Error('a parenthesis is not closed');
			return inner;
		}
		if (token.text === '-') return -primary();
		throw new Error(`unexpected "${token.text}" in the formula`);
	};
	const product = (): number => {
		let result = primary();
		for (let next = peek(); next?.kind === 'op' && (next.text === '*' || next.text === '/'); next = peek()) {
			take();
			result = next.text === '*' ? result * primary() : result / primary();
		}
		return result;
	};
	const sum = (): number => {
		let result = product();
		for (let next = peek(); next?.kind === 'op' && (next.text === '+' || next.text === '-'); next = peek()) {
			take();
			result = next.text === '+' ? result + product() : result - product();
		}
		return result;
	};

	const result = sum();
	const rest = peek();
	if (rest) throw new Error(`unexpected "${rest.kind === 'number' ? rest.value : rest.text}" in the formula`);
	return result;
}

/** The number of decimals a value was written with (`4.47` → 2). */
export function decimalsOf(text: string): number {
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : text.length - dot - 1;
}
