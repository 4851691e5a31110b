// The PEP 508 marker grammar as a tree: `marker_or = marker_and ('or' marker_and)*`,
// `marker_and = atom ('and' atom)*`, `atom = '(' marker_or ')' | value op value`. Accepts markers as
// written and as packaging prints them (`os.name` is read as `os_name`, as packaging's legacy aliases do).

export type MarkerToken =
	| { kind: "string"; value: string }
	| { kind: "variable"; value: string }
	| { kind: "op"; value: string }
	| { kind: "paren"; value: "(" | ")" }
	| { kind: "bool"; value: "and" | "or" };

export interface MarkerComparison {
	kind: "compare";
	left: MarkerToken;
	op: string;
	right: MarkerToken;
}

export type MarkerNode =
	| MarkerComparison
	| { kind: "and" | "or"; left: MarkerNode; right: MarkerNode };

function tokenize(text: string): MarkerToken[] {
	const tokens: MarkerToken[] = [];
	let i = 0;
	while (i < text.length) {
		const rest = text.slice(i);
		const space = /^\s+/.exec(rest);
		if (space) {
			i += space[0].length;
			continue;
		}
		const quoted = /^(?:'([^']*)'|"([^"]*)")/.exec(rest);
		if (quoted) {
			tokens.push({ kind: "string", value: quoted[1] ?? quoted[2] ?? "" });
			i += quoted[0].length;
			continue;
		}
		const op = /^(?:===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)/.exec(rest);
		if (op) {
			tokens.push({ kind: "op", value: op[0].replace(/\s+/g, " ") });
			i += op[0].length;
			continue;
		}
		const bool = /^(?:and|or)\b/.exec(rest);
		if (bool) {
			tokens.push({ kind: "bool", value: bool[0] as "and" | "or" });
			i += bool[0].length;
			continue;
		}
		const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
		if (word) {
			tokens.push({ kind: "variable", value: word[0].replace(/\./g, "_") });
			i += word[0].length;
			continue;
		}
		if (rest[0] === "(" || rest[0] === ")") {
			tokens.push({ kind: "paren", value: rest[0] });
			i++;
			continue;
		}
		throw new Error(`unexpected ${rest[0]}`);
	}
	return tokens;
}

/** The marker as a tree; throws on text that is not a marker. */
export function parseMarkerTree(text: string): MarkerNode {
	const tokens = tokenize(text);
	let at = 0;
	const peek = () => tokens[at];
	const take = () => {
		const token = tokens[at++];
		if (token === undefined) throw new Error("unexpected end");
		return token;
	};
	const parseOr = (): MarkerNode => {
		let node = parseAnd();
		while (peek()?.kind === "bool" && peek()?.value === "or") {
			take();
			node = { kind: "or", left: node, right: parseAnd() };
		}
		return node;
	};
	const parseAnd = (): MarkerNode => {
		let node = parseAtom();
		while (peek()?.kind === "bool" && peek()?.value === "and") {
			take();
			node = { kind: "and", left: node, right: parseAtom() };
		}
		return node;
	};
	const parseAtom = (): MarkerNode => {
		const token = take();
		if (token.kind === "paren" && token.value === "(") {
			const inner = parseOr();
			const close = take();
			if (close.kind !== "paren" || close.value !== ")")
				throw new Error("expected )");
			return inner;
		}
		const op = take();
		const right = take();
		if (
			op.kind !== "op" ||
			(token.kind !== "string" && token.kind !== "variable") ||
			(right.kind !== "string" && right.kind !== "variable")
		)
			throw new Error("expected a comparison");
		return { kind: "compare", left: token, op: op.value, right };
	};
	const tree = parseOr();
	if (at !== tokens.length) throw new Error("trailing input");
	return tree;
}

/** Every comparison in the tree, left to right. */
export function listComparisons(node: MarkerNode): MarkerComparison[] {
	if (node.kind === "compare") return [node];
	return [...listComparisons(node.left), ...listComparisons(node.right)];
}

/** PEP 508 comparisons and their negations (`~=` and `===` have none a marker can spell). */
const NEGATED: Readonly<Record<string, string>> = {
	"==": "!=",
	"!=": "==",
	"<": ">=",
	">=": "<",
	">": "<=",
	"<=": ">",
	in: "not in",
	"not in": "in",
};

/**
 * The marker that holds exactly where `text` does not (De Morgan, each comparison inverted), as text; null
 * when the marker does not parse or uses `~=` / `===`.
 */
export function negateMarker(text: string): string | null {
	let tree: MarkerNode;
	try {
		tree = parseMarkerTree(text);
	} catch {
		return null;
	}
	const negate = (node: MarkerNode): string | null => {
		if (node.kind === "compare") {
			const op = NEGATED[node.op];
			return op === undefined
				? null
				: `${printToken(node.left)} ${op} ${printToken(node.right)}`;
		}
		const left = negate(node.left);
		const right = negate(node.right);
		if (left === null || right === null) return null;
		return `(${left}) ${node.kind === "and" ? "or" : "and"} (${right})`;
	};
	return negate(tree);
}

function printToken(token: MarkerToken): string {
	if (token.kind !== "string") return token.value;
	return token.value.includes('"') ? `'${token.value}'` : `"${token.value}"`;
}
