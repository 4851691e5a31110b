// Orders the drift report uses everywhere, so the same input gives the same report on every machine.
import { compareVersions, parseVersion } from "../pep440/version.js";

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

/** Two decimals, as the report prints libyears. */
export function roundHundredths(n: number): number {
	return Math.round(n * 100) / 100;
}
