// The normal forms packaging prints (packaging/markers.py, packaging/specifiers.py): str(Specifier),
// str(Marker), and PEP 685's normalized extra names.

import { normalizeName } from "../../model/normalize-name.js";
import { pyStrip } from "../../pep440/version.js";
import type { MarkerAtom, MarkerList, MarkerVar } from "./marker-grammar.js";

// str(Specifier) is operator + stripped version; SpecifierSet drops empty clauses and, being a set, keeps a
// clause written twice once (first occurrence kept, the order as written). One pass with no intermediate
// arrays: a 16 MiB line of `>=1,>=1,...` costs one short string per clause and collapses to `>=1`.
export function formatSpecifier(specifier: string): string {
	const kept: string[] = [];
	const seen = new Set<string>();
	let start = 0;
	while (start <= specifier.length) {
		let end = specifier.indexOf(",", start);
		if (end === -1) end = specifier.length;
		const clause = formatClause(specifier.slice(start, end));
		if (clause !== "" && !seen.has(clause)) {
			seen.add(clause);
			kept.push(clause);
		}
		start = end + 1;
	}
	return kept.join(",");
}

const OPERATOR = /^(===|~=|==|!=|<=|>=|<|>)/;

function formatClause(raw: string): string {
	const clause = pyStrip(raw);
	const op = OPERATOR.exec(clause)?.[0] ?? "";
	return op === "" ? clause : op + pyStrip(clause.slice(op.length));
}

// PEP 685: `extra == "Foo_Bar"` compares normalized names, and packaging stores them so.
export function normalizeExtraValues(markers: MarkerList): MarkerList {
	return markers.map((atom) => {
		if (typeof atom === "string" || Array.isArray(atom)) {
			return atom;
		}
		let { left, right } = atom;
		if (left.kind === "variable" && left.value === "extra") {
			right = { kind: "value", value: normalizeName(right.value) };
		} else if (right.kind === "variable" && right.value === "extra") {
			left = { kind: "value", value: normalizeName(left.value) };
		}
		return { ...atom, left, right };
	});
}

function serializeVar(variable: MarkerVar): string {
	return variable.kind === "variable" ? variable.value : `"${variable.value}"`;
}

// packaging's _format_marker, including its unwrapping of single-element groups.
export function formatMarker(
	marker: MarkerAtom | "and" | "or",
	first = true,
): string {
	if (typeof marker === "string") {
		return marker;
	}
	if (!Array.isArray(marker)) {
		return `${serializeVar(marker.left)} ${marker.op} ${serializeVar(marker.right)}`;
	}
	const only = marker[0];
	if (marker.length === 1 && only !== undefined && typeof only !== "string") {
		return formatMarker(only);
	}
	const inner = marker.map((item) => formatMarker(item, false)).join(" ");
	return first ? inner : `(${inner})`;
}
