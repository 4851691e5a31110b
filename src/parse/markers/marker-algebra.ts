// Where a requirement applies, as one algebra every rule shares: "can these markers hold at once" and
// "do these markers hold in the same environments", inside a scope (the project's requires-python and the
// extras it requests). Each dimension of the environment (see marker-atoms.ts) takes the values its
// comparisons can tell apart, and the markers are evaluated over every combination: exact for the
// variables that matter (Python versions as PEP 440 ranges, platforms, machines, implementations, extras),
// with unreadable or undecidable comparisons left free. Agrees with packaging's evaluation
// (test/data/markers, made by scripts/gen-marker-vectors.py).
import { createBoundedCache } from "../../model/bounded-cache.js";
import { normalizeName } from "../../model/normalize-name.js";
import { contains, parseSpecifierSet } from "../../pep440/specifier-set.js";
import {
	type Atom,
	classifyComparison,
	collectLiteral,
	listCandidates,
	listPythonCandidates,
	type PlatformModel,
} from "./marker-atoms.js";
import {
	listComparisons,
	type MarkerComparison,
	type MarkerNode,
	parseMarkerTree,
} from "./marker-tree.js";

export interface MarkerScope {
	/** The project's `requires-python`; null admits every Python. */
	requiresPython: string | null;
	/** PEP 685 normalized extras that may be requested; null when any may be. */
	extras: readonly string[] | null;
}

/** Every environment: any Python, any extra. */
export const EVERYWHERE: MarkerScope = { requiresPython: null, extras: null };

/** Combinations of dimension values tried before an answer falls back to its cautious side. */
const BUDGET = 100_000;

/**
 * True when every marker can hold in one environment of the scope (null and "" always hold). Unreadable
 * markers count as able to hold: a requirement is never hidden for a marker pin-audit cannot read.
 */
export function markersMayMeet(
	markers: readonly (string | null)[],
	scope: MarkerScope = EVERYWHERE,
): boolean {
	const texts = markers.filter(
		(m): m is string => m !== null && m.trim() !== "",
	);
	if (texts.length === 0 && scope.requiresPython === null) return true;
	const key = `meet\u0001${scopeKey(scope)}\u0001${texts.join("\u0002")}`;
	return answers.get(key, () => {
		const trees = parseAll(texts);
		if (trees === null) return true;
		const answer = search(trees, scope, "reality", (values) =>
			values.every(Boolean),
		);
		return answer ?? true;
	});
}

/** True when the marker can hold somewhere in the scope. */
export function markerMayHold(
	marker: string | null,
	scope: MarkerScope = EVERYWHERE,
): boolean {
	return markersMayMeet([marker], scope);
}

/**
 * True when two markers hold in exactly the same environments of the scope: `python_version <= "3.10"` and
 * `python_full_version < "3.11"`, `a and b` and `b and a`, and (model "uv") `platform_system == "Windows"`
 * and `sys_platform == "win32"`. False when either is unreadable or the question is too large.
 */
export function markersEqual(
	a: string | null,
	b: string | null,
	options: { scope?: MarkerScope; model?: PlatformModel } = {},
): boolean {
	const scope = options.scope ?? EVERYWHERE;
	const model = options.model ?? "reality";
	const texts = [a ?? "", b ?? ""].map((t) => (t.trim() === "" ? "" : t));
	const key = `equal\u0001${model}\u0001${scopeKey(scope)}\u0001${texts.join("\u0002")}`;
	return answers.get(key, () => {
		const trees = parseAll(texts);
		if (trees === null) return false;
		if (texts[0] === texts[1]) return true;
		// Equal everywhere is "no environment where they differ".
		const differ = search(trees, scope, model, ([x, y]) => x !== y);
		return differ === null ? false : !differ;
	});
}

const answers = createBoundedCache<boolean>(50_000);
const pythonsFor = createBoundedCache<readonly string[]>(10_000);

const TRUE: MarkerNode = {
	kind: "compare",
	left: { kind: "string", value: "" },
	op: "==",
	right: { kind: "string", value: "" },
};

function parseAll(texts: readonly string[]): MarkerNode[] | null {
	try {
		return texts.map((t) => (t === "" ? TRUE : parseMarkerTree(t)));
	} catch {
		return null;
	}
}

function scopeKey(scope: MarkerScope): string {
	const extras =
		scope.extras === null
			? "*"
			: [...new Set(scope.extras.map(normalizeName))].sort().join(",");
	return `${scope.requiresPython ?? ""}\u0001${extras}`;
}

/**
 * Whether some environment of the scope makes `wanted` true of the markers' values; null when the
 * environments are too many to try.
 */
function search(
	trees: readonly MarkerNode[],
	scope: MarkerScope,
	model: PlatformModel,
	wanted: (values: boolean[]) => boolean,
): boolean | null {
	const atoms = new Map<MarkerComparison, Atom>();
	const literals = new Map<string, Set<string>>();
	for (const tree of trees)
		for (const node of listComparisons(tree)) {
			if (node === TRUE) continue;
			atoms.set(node, classifyComparison(node, model));
			collectLiteral(node, literals);
		}
	const byDimension = new Map<string, Atom[]>();
	for (const atom of atoms.values())
		byDimension.set(atom.dimension, [
			...(byDimension.get(atom.dimension) ?? []),
			atom,
		]);
	// requires-python limits the Pythons even when no marker names one.
	if (!byDimension.has("python") && scope.requiresPython !== null)
		byDimension.set("python", []);
	const extras =
		scope.extras === null ? null : new Set(scope.extras.map(normalizeName));
	const requestable = (dimension: string) =>
		!dimension.startsWith("extra:") ||
		extras === null ||
		extras.has(dimension.slice("extra:".length));
	const dimensions = [...byDimension.keys()];
	const pythons = supportedPythons(scope.requiresPython, literals);
	const domains = dimensions.map((dimension) =>
		distinctValues(
			listCandidates(dimension, literals, model, pythons, requestable),
			byDimension.get(dimension) ?? [],
		),
	);
	if (domains.some((d) => d.length === 0)) return false;
	const combinations = domains.reduce((n, d) => n * d.length, 1);
	if (combinations > BUDGET) return null;
	const world = new Map<string, unknown>();
	for (let index = 0; index < combinations; index++) {
		let rest = index;
		dimensions.forEach((dimension, i) => {
			const domain = domains[i] ?? [];
			world.set(dimension, domain[rest % domain.length]);
			rest = Math.floor(rest / domain.length);
		});
		const values = trees.map((tree) => evaluate(tree, atoms, world));
		if (wanted(values)) return true;
	}
	return false;
}

/** One value for each way the dimension's comparisons can come out. */
function distinctValues(
	candidates: unknown[],
	atoms: readonly Atom[],
): unknown[] {
	const seen = new Set<string>();
	const out: unknown[] = [];
	for (const value of candidates) {
		const signature = atoms
			.map((atom) => (atom.test(value) ? "1" : "0"))
			.join("");
		if (seen.has(signature)) continue;
		seen.add(signature);
		out.push(value);
	}
	return out;
}

function evaluate(
	node: MarkerNode,
	atoms: ReadonlyMap<MarkerComparison, Atom>,
	world: ReadonlyMap<string, unknown>,
): boolean {
	if (node.kind === "compare") {
		const atom = atoms.get(node);
		// The always-true placeholder for an empty marker has no atom of its own.
		if (atom === undefined) return true;
		return atom.test(world.get(atom.dimension));
	}
	const left = evaluate(node.left, atoms, world);
	if (node.kind === "and" ? !left : left) return left;
	return evaluate(node.right, atoms, world);
}

/**
 * The Pythons worth trying that the project supports; all of them when requires-python admits none. Asked once
 * per marker and scope, with the same few requires-python and version literals across a repository: remembered.
 */
function supportedPythons(
	requiresPython: string | null,
	literals: ReadonlyMap<string, Set<string>>,
): readonly string[] {
	const named = [
		...(literals.get("python_version") ?? []),
		...(literals.get("python_full_version") ?? []),
		...(requiresPython ?? "").split(","),
	].map((text) => text.replace(/^[\s<>=!~]+/, ""));
	const key = `${requiresPython === null ? "\u0002" : requiresPython}\u0001${named.join("\u0001")}`;
	return pythonsFor.get(key, () => admittedPythons(requiresPython, named));
}

function admittedPythons(
	requiresPython: string | null,
	named: readonly string[],
): readonly string[] {
	const candidates = listPythonCandidates(named);
	const set =
		requiresPython === null ? null : parseSpecifierSet(requiresPython);
	if (set === null || !set.ok) return candidates;
	const admitted = candidates.filter((v) =>
		contains(set.value, v, { prereleases: true }),
	);
	return admitted.length === 0 ? candidates : admitted;
}

/**
 * The marker's value in one concrete environment (PEP 508 variable names, `extra` the one extra being
 * installed, as packaging evaluates); null when the marker is unreadable or a comparison undecidable.
 */
export function evaluateMarker(
	marker: string,
	environment: Readonly<Record<string, string>>,
): boolean | null {
	const [tree] = parseAll([marker]) ?? [];
	if (tree === undefined) return null;
	const atoms = new Map<MarkerComparison, Atom>();
	const world = new Map<string, unknown>();
	const extra = normalizeName(environment.extra ?? "");
	for (const node of listComparisons(tree)) {
		const atom = classifyComparison(node, "reality");
		atoms.set(node, atom);
		const { dimension } = atom;
		if (dimension.startsWith("free:")) return null;
		if (dimension === "python")
			world.set(dimension, environment.python_full_version);
		else if (dimension === "platform" || dimension === "implementation")
			world.set(dimension, environment);
		else if (dimension.startsWith("extra:"))
			world.set(dimension, extra !== "" && dimension === `extra:${extra}`);
		else if (dimension.startsWith("group:")) world.set(dimension, false);
		else
			world.set(dimension, environment[dimension.slice("var:".length)] ?? "");
	}
	return evaluate(tree, atoms, world);
}
