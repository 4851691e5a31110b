// Whether a PEP 508 marker can hold for a project, and whether two markers say the same thing: the
// questions the rules ask, answered by the one marker algebra (marker-algebra.ts).
import {
	markerMayHold,
	markersEqual,
} from "../parse/markers/marker-algebra.js";

export interface MarkerEnvironment {
	/** The project's `requires-python`; null admits every Python. */
	requiresPython: string | null;
	/** PEP 685 normalized extras requested for the package whose metadata holds the marker. */
	extras: readonly string[];
}

/**
 * True when the marker holds for some supported Python, some requested extras (or none) and some
 * platform. Never throws; an unreadable marker may apply.
 */
export function markerMayApply(
	marker: string | null,
	environment: MarkerEnvironment,
): boolean {
	return markerMayHold(marker, {
		requiresPython: environment.requiresPython,
		extras: environment.extras,
	});
}

/**
 * True when two markers hold in exactly the same environments as uv compares them: `python_version <=
 * "3.10"` and `python_full_version < "3.11"`, `a and b` and `b and a`, `platform_system == "Windows"` and
 * `sys_platform == "win32"`. False when either marker does not parse. Never throws.
 */
export function markersEquivalent(a: string | null, b: string | null): boolean {
	return markersEqual(a, b, { model: "uv" });
}
