// Orders for showing versions and names: the same input gives the same order on every machine.
import { compareVersions, parseVersion } from "./version.js";

/** PEP 440 order where both parse, else code-unit order. */
export function compareLoosely(a: string, b: string): number {
	const va = parseVersion(a);
	const vb = parseVersion(b);
	if (va && vb) return compareVersions(va, vb);
	return compareStrings(a, b);
}

/** Code-unit order: the same on every machine (no locale). */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
