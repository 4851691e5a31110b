// Whether a PEP 508 marker can hold for a project: python_version and python_full_version are evaluated
// against every Python the project's `requires-python` admits, `extra` against the extras the project asks
// for, and every other variable (sys_platform, platform_machine, ...) may take any value. "Can hold" is the
// question a conflict check needs: a requirement that applies on some supported Python on some platform.
import { createBoundedCache } from "../model/bounded-cache.js";
import { contains, parseSpecifierSet } from "../pep440/specifier-set.js";

export interface MarkerEnvironment {
	/** The project's `requires-python`; null admits every Python. */
	requiresPython: string | null;
	/** PEP 685 normalized extras requested for the package whose metadata holds the marker. */
	extras: readonly string[];
}

type Token =
	| { kind: "string"; value: string }
	| { kind: "variable"; value: string }
	| { kind: "op"; value: string }
	| { kind: "paren"; value: "(" | ")" }
	| { kind: "bool"; value: "and" | "or" };

type Node =
	| { kind: "compare"; left: Token; op: string; right: Token }
	| { kind: "and" | "or"; left: Node; right: Node };

/** Both truth values a marker may take over the environments; unknown variables leave both open. */
interface Possible {
	t: boolean;
	f: boolean;
}

const PYTHON_CANDIDATES: string[] = (() => {
	const out: string[] = [];
	for (let minor = 0; minor <= 7; minor++)
		out.push(`2.${minor}.0`, `2.${minor}.18`);
	for (let minor = 0; minor <= 30; minor++)
		for (let patch = 0; patch <= 30; patch++) out.push(`3.${minor}.${patch}`);
	return out;
})();

const candidateCache = new Map<string, string[]>();

/** The Python versions (X.Y.Z) the project supports, from a fixed grid fine enough for markers. */
function listSupportedPythons(requiresPython: string | null): string[] {
	const key = requiresPython ?? "";
	let cached = candidateCache.get(key);
	if (cached === undefined) {
		const set =
			requiresPython === null ? null : parseSpecifierSet(requiresPython);
		cached =
			set === null || !set.ok
				? PYTHON_CANDIDATES
				: PYTHON_CANDIDATES.filter((v) =>
						contains(set.value, v, { prereleases: true }),
					);
		// A requires-python nothing on the grid satisfies is better treated as "any" than as "none".
		if (cached.length === 0) cached = PYTHON_CANDIDATES;
		candidateCache.set(key, cached);
	}
	return cached;
}

/** True when the marker holds for some supported Python and some values of the other variables. Never throws. */
export function markerMayApply(
	marker: string | null,
	environment: MarkerEnvironment,
): boolean {
	if (marker === null || marker.trim() === "") return true;
	// The answer depends on the marker, requires-python and the set of extras only; a fleet asks the same few
	// thousand questions hundreds of times each (one per project), and each answer evaluates ~300 Pythons.
	const extras = [...new Set(environment.extras.map(normalizeExtra))].sort();
	const key = `${environment.requiresPython ?? "\u0000"}\u0001${extras.join(",")}\u0001${marker}`;
	return answers.get(key, () =>
		evaluateMayApply(marker, environment.requiresPython, extras),
	);
}

const answers = createBoundedCache<boolean>(50_000);

function evaluateMayApply(
	marker: string,
	requiresPython: string | null,
	normalizedExtras: readonly string[],
): boolean {
	let tree: Node;
	try {
		tree = parseMarker(marker);
	} catch {
		// A marker we cannot read: assume it applies rather than hide a conflict.
		return true;
	}
	const usesPython = /python_(full_)?version/.test(marker);
	const pythons = usesPython
		? listSupportedPythons(requiresPython)
		: ["3.12.0"];
	const extras = new Set(normalizedExtras);
	return pythons.some((python) => evaluate(tree, python, extras).t);
}

function evaluate(node: Node, python: string, extras: Set<string>): Possible {
	if (node.kind === "and") {
		const a = evaluate(node.left, python, extras);
		const b = evaluate(node.right, python, extras);
		return { t: a.t && b.t, f: a.f || b.f };
	}
	if (node.kind === "or") {
		const a = evaluate(node.left, python, extras);
		const b = evaluate(node.right, python, extras);
		return { t: a.t || b.t, f: a.f && b.f };
	}
	return compare(node as Extract<Node, { kind: "compare" }>, python, extras);
}

function compare(
	node: Extract<Node, { kind: "compare" }>,
	python: string,
	extras: Set<string>,
): Possible {
	const variable =
		node.left.kind === "variable"
			? node.left.value
			: node.right.kind === "variable"
				? node.right.value
				: null;
	const unknown = { t: true, f: true };
	if (variable === null) return unknown;
	const variableOnLeft = node.left.kind === "variable";
	const literal = (variableOnLeft ? node.right : node.left).value;
	if (variable === "extra") {
		// PEP 508/685: an extra marker holds when that extra is requested; installing without it is always possible.
		const requested = extras.has(normalizeExtra(literal));
		if (node.op === "==") return { t: requested, f: true };
		if (node.op === "!=") return { t: true, f: requested };
		return unknown;
	}
	if (variable !== "python_version" && variable !== "python_full_version")
		return unknown;
	const value =
		variable === "python_version"
			? python.split(".").slice(0, 2).join(".")
			: python;
	const result = comparePython(value, node.op, literal, variableOnLeft);
	return result === null ? unknown : { t: result, f: !result };
}

const FLIP: Record<string, string> = {
	"<": ">",
	">": "<",
	"<=": ">=",
	">=": "<=",
	"==": "==",
	"!=": "!=",
	"~=": "~=",
	"===": "===",
};

function comparePython(
	value: string,
	op: string,
	literal: string,
	variableOnLeft: boolean,
): boolean | null {
	if (op === "in" || op === "not in") {
		const inside = variableOnLeft
			? literal.includes(value)
			: value.includes(literal);
		return op === "in" ? inside : !inside;
	}
	// PEP 508: version operators compare as PEP 440 versions when both sides parse.
	if (variableOnLeft) {
		const set = parseSpecifierSet(`${op}${literal}`);
		return set.ok ? contains(set.value, value, { prereleases: true }) : null;
	}
	const flipped = FLIP[op];
	if (flipped === undefined || flipped === "~=") return null;
	const set = parseSpecifierSet(`${flipped}${literal}`);
	return set.ok ? contains(set.value, value, { prereleases: true }) : null;
}

function normalizeExtra(extra: string): string {
	return extra.toLowerCase().replace(/[-_.]+/g, "-");
}

// --- a small parser for the marker grammar of PEP 508 (as packaging prints it, or as written)

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
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

function parseMarker(text: string): Node {
	const tokens = tokenize(text);
	let at = 0;
	const peek = () => tokens[at];
	const take = () => {
		const token = tokens[at++];
		if (token === undefined) throw new Error("unexpected end");
		return token;
	};
	// PEP 508 grammar: marker_or = marker_and ('or' marker_and)*; marker_and = atom ('and' atom)*
	const parseOr = (): Node => {
		let node = parseAnd();
		while (peek()?.kind === "bool" && peek()?.value === "or") {
			take();
			node = { kind: "or", left: node, right: parseAnd() };
		}
		return node;
	};
	const parseAnd = (): Node => {
		let node = parseAtom();
		while (peek()?.kind === "bool" && peek()?.value === "and") {
			take();
			node = { kind: "and", left: node, right: parseAtom() };
		}
		return node;
	};
	const parseAtom = (): Node => {
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

/** Evaluations markersEquivalent may spend before it gives up and calls the markers different. */
const EQUIVALENCE_BUDGET = 200_000;

/**
 * True when two markers hold in exactly the same environments, e.g. `python_version <= "3.10"` and
 * `python_full_version < "3.11"` (as uv records it), or `a and b` and `b and a`. Pythons range over the grid
 * above (every X.Y.Z boundary a marker can name); every other variable over the literals either marker
 * compares it with, plus one value neither names. False when either marker does not parse, a comparison
 * cannot be decided, or the environments are too many to try. Never throws.
 */
export function markersEquivalent(a: string | null, b: string | null): boolean {
	const empty = (m: string | null) => m === null || m.trim() === "";
	if (empty(a) || empty(b)) return empty(a) && empty(b);
	try {
		const trees = [parseMarker(a as string), parseMarker(b as string)];
		const values = new Map<string, Set<string>>();
		for (const tree of trees) collectLiterals(tree, values);
		const variables = [...values.keys()];
		const domains = variables.map((v) => [
			...(values.get(v) ?? []),
			"\u0000other",
		]);
		const usesPython = /python_(full_)?version/.test(`${a} ${b}`);
		const pythons = usesPython ? PYTHON_CANDIDATES : ["3.12.0"];
		const combinations = domains.reduce((n, d) => n * d.length, 1);
		if (combinations * pythons.length > EQUIVALENCE_BUDGET) return false;
		for (let index = 0; index < combinations; index++) {
			const environment = new Map<string, string>();
			let rest = index;
			variables.forEach((variable, i) => {
				const domain = domains[i] ?? [];
				environment.set(variable, domain[rest % domain.length] ?? "");
				rest = Math.floor(rest / domain.length);
			});
			for (const python of pythons) {
				const [x, y] = trees.map((t) => evaluateExact(t, python, environment));
				if (x === null || y === null || x !== y) return false;
			}
		}
		return true;
	} catch {
		return false;
	}
}

/** The literals each non-Python variable is compared with. */
function collectLiterals(node: Node, values: Map<string, Set<string>>): void {
	if (node.kind !== "compare") {
		collectLiterals(node.left, values);
		collectLiterals(node.right, values);
		return;
	}
	const variable = [node.left, node.right].find((t) => t.kind === "variable");
	const literal = [node.left, node.right].find((t) => t.kind === "string");
	if (variable === undefined || /^python_(full_)?version$/.test(variable.value))
		return;
	const set = values.get(variable.value) ?? new Set<string>();
	if (literal !== undefined) set.add(literal.value);
	values.set(variable.value, set);
}

/** The marker's value in one environment; null when a comparison cannot be decided. */
function evaluateExact(
	node: Node,
	python: string,
	environment: ReadonlyMap<string, string>,
): boolean | null {
	if (node.kind !== "compare") {
		const a = evaluateExact(node.left, python, environment);
		const b = evaluateExact(node.right, python, environment);
		if (a === null || b === null) return null;
		return node.kind === "and" ? a && b : a || b;
	}
	const resolve = (token: Token): string | null => {
		if (token.kind === "string") return token.value;
		if (token.value === "python_full_version") return python;
		if (token.value === "python_version")
			return python.split(".").slice(0, 2).join(".");
		return environment.get(token.value) ?? null;
	};
	const aboutPython = [node.left, node.right].some(
		(t) => t.kind === "variable" && /^python_(full_)?version$/.test(t.value),
	);
	const left = resolve(node.left);
	const right = resolve(node.right);
	if (left === null || right === null) return null;
	if (aboutPython) {
		const variableOnLeft = node.left.kind === "variable";
		return comparePython(
			variableOnLeft ? left : right,
			node.op,
			variableOnLeft ? right : left,
			variableOnLeft,
		);
	}
	// PEP 508: other variables compare as strings (a version comparison on them cannot be decided here).
	switch (node.op) {
		case "==":
		case "===":
			return left === right;
		case "!=":
			return left !== right;
		case "in":
			return right.includes(left);
		case "not in":
			return !right.includes(left);
		default:
			return null;
	}
}
