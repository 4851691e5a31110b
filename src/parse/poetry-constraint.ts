// Poetry version constraints (`^1.2`, `~1.2`, `1.2.*`, `>=1,<2`, ...) as PEP 440 specifier sets.
// A port of poetry-core's `parse_constraint` / `parse_single_constraint`
// (poetry/core/constraints/version/parser.py, patterns.py) and of the bound arithmetic of its
// `Version.next_breaking` / `next_major` / `next_minor` / `next_patch` (release segments keep their
// precision: `^1.2.3` ends before 2.0.0, `^1.2` before 2.0, `^1` before 2).

export type PoetryConstraintResult =
	| { ok: true; specifier: string }
	| { ok: false; error: string };

// packaging's VERSION_PATTERN (PEP 440 appendix B), which poetry-core's patterns embed.
const VERSION =
	"v?(?:(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*" +
	"(?:[-_.]?(?:alpha|a|beta|b|preview|pre|c|rc)[-_.]?[0-9]*)?" +
	"(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?" +
	"(?:[-_.]?dev[-_.]?[0-9]*)?)" +
	"(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?";
const ANY = /^v?[xX*](\.[xX*])*$/i;
const TILDE = new RegExp(`^~(?!=)\\s*(${VERSION})$`, "i");
const TILDE_PEP440 = new RegExp(`^~=\\s*(${VERSION})$`, "i");
const CARET = new RegExp(`^\\^\\s*(${VERSION})$`, "i");
const X_RANGE = /^(!=|==)?\s*v?(\d+(?:\.\d+)?(?:\.\d+)?)(?:\.\*)+$/;
const BASIC = new RegExp(
	`^(<>|!=|>=?|<=?|==?)?\\s*(${VERSION}|dev)(\\.\\*)?$`,
	"i",
);
const PARTS = new RegExp(
	"^v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)" +
		"(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]*))?" +
		"(?:-([0-9]+)|[-_.]?(?:post|rev|r)[-_.]?([0-9]*))?" +
		"([-_.]?dev[-_.]?([0-9]*))?" +
		"(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$",
	"i",
);
// poetry-core splits `||` / `|` first, then commas or spaces not right after an operator.
const OR_SEPARATOR = /\s*\|\|?\s*/;
const AND_SEPARATOR = /(?<!^)(?<![~=>< ,]) *(?<!-)[, ](?!-) *(?!,|$)/;

interface Version {
	epoch: number;
	release: number[];
	/** Canonical PEP 440 suffixes (`rc1`, `.post2`, `.dev0`) as packaging prints them. */
	pre: string;
	post: string;
	dev: string;
	local: string | null;
	/** The version as packaging normalizes it. */
	text: string;
}

class ConstraintError extends Error {}

/**
 * Translates one Poetry constraint to a PEP 440 specifier set with the same meaning ("" = any version).
 * A union (`^1 || ^2`) has no equivalent as one specifier set and is returned as an error, as is
 * anything poetry-core itself would reject. Never throws.
 */
export function poetryConstraintToPep440(text: string): PoetryConstraintResult {
	try {
		const trimmed = text.trim();
		// poetry-core reads an absent or empty constraint as "*" (Dependency defaults it so).
		if (trimmed === "" || text === "*") return { ok: true, specifier: "" };
		const groups = trimmed.split(OR_SEPARATOR);
		if (groups.length > 1) {
			// Still parse every branch, so a typo is reported as such rather than as a union.
			for (const group of groups) translateGroup(group);
			return {
				ok: false,
				error: `'${text}' is a union of constraints (||), which one PEP 440 specifier set cannot express`,
			};
		}
		return { ok: true, specifier: translateGroup(groups[0] ?? "") };
	} catch (error) {
		if (error instanceof ConstraintError)
			return { ok: false, error: error.message };
		return {
			ok: false,
			error: `could not read the Poetry constraint '${text}': ${String(error)}`,
		};
	}
}

function translateGroup(group: string): string {
	// poetry-core: "allow trailing commas for robustness".
	const cleaned = group.replace(/,+$/, "").trimEnd();
	const clauses = cleaned.split(AND_SEPARATOR).flatMap(translateSingle);
	return clauses.join(",");
}

function translateSingle(constraint: string): string[] {
	if (ANY.test(constraint)) return [];

	let m = TILDE.exec(constraint);
	if (m) {
		// `~1.2.3` allows patch updates, `~1` minor ones.
		const version = parseVersion(m[1] ?? "", constraint);
		const high =
			version.release.length === 1 ? nextMajor(version) : nextMinor(version);
		return range(version, high, constraint);
	}
	m = TILDE_PEP440.exec(constraint);
	if (m) {
		// poetry-core's own reading of `~=`: like PEP 440 for two or three release parts, but `~=1`
		// (invalid in PEP 440) means <1.1 and `~=1.2.3.4` means <1.3.0.0.
		const version = parseVersion(m[1] ?? "", constraint);
		const high =
			version.release.length === 2 ? nextMajor(version) : nextMinor(version);
		return range(version, high, constraint);
	}
	m = CARET.exec(constraint);
	if (m) {
		const version = parseVersion(m[1] ?? "", constraint);
		return range(version, nextBreaking(version), constraint);
	}
	m = X_RANGE.exec(constraint);
	if (m) {
		const release = (m[2] ?? "").split(".").map(Number).join(".");
		return [`${m[1] === "!=" ? "!=" : "=="}${release}.*`];
	}
	m = BASIC.exec(constraint);
	if (m) {
		const op = m[1];
		const raw = m[2] ?? "";
		const version = parseVersion(
			raw.toLowerCase() === "dev" ? "0.0-dev" : raw,
			constraint,
		);
		if (op === "<" || op === "<=" || op === ">" || op === ">=") {
			// A wildcard after an ordered comparison is ignored by poetry-core.
			if (version.local !== null)
				throw unsupported(
					constraint,
					"a local version in an ordered comparison",
				);
			return [`${op}${version.text}`];
		}
		if (m[3] !== undefined) {
			// `==1.2.*`, `!=1.2.*`; poetry-core reads `=1.2.*` and `<>1.2.*` as `==1.2.*`.
			if (
				version.pre ||
				version.post ||
				version.dev ||
				version.local !== null
			) {
				throw unsupported(
					constraint,
					"a wildcard after a pre-, post-, dev- or local version",
				);
			}
			return [`${op === "!=" ? "!=" : "=="}${version.text}.*`];
		}
		if (op === "!=") return [`!=${version.text}`];
		// `==`, `=`, no operator, and (a poetry-core quirk) `<>` all mean exactly this version.
		return [`==${version.text}`];
	}
	throw new ConstraintError(
		`could not parse the Poetry version constraint '${constraint}'`,
	);
}

function unsupported(constraint: string, what: string): ConstraintError {
	return new ConstraintError(
		`'${constraint}' uses ${what}, which PEP 440 cannot express`,
	);
}

function range(low: Version, high: Version, constraint: string): string[] {
	if (low.local !== null)
		throw unsupported(constraint, "a local version as a lower bound");
	return [`>=${low.text}`, `<${high.text}`];
}

function parseVersion(raw: string, constraint: string): Version {
	const m = PARTS.exec(raw);
	if (!m)
		throw new ConstraintError(
			`could not parse the version in the Poetry constraint '${constraint}'`,
		);
	const epoch = Number(m[1] ?? "0");
	const release = (m[2] ?? "").split(".").map(Number);
	const preLabel = m[3]?.toLowerCase();
	// PEP 440 normalization of pre-release spellings.
	const preKind =
		preLabel === undefined
			? ""
			: preLabel.startsWith("a")
				? "a"
				: preLabel.startsWith("b")
					? "b"
					: "rc";
	const pre = preLabel === undefined ? "" : `${preKind}${Number(m[4] || "0")}`;
	const postNumber = m[5] ?? m[6];
	const post =
		postNumber === undefined ? "" : `.post${Number(postNumber || "0")}`;
	const dev = m[7] === undefined ? "" : `.dev${Number(m[8] || "0")}`;
	const local =
		m[9] === undefined ? null : m[9].toLowerCase().replace(/[-_]/g, ".");
	const version = { epoch, release, pre, post, dev, local };
	return { ...version, text: formatVersion(version) };
}

function formatVersion(version: Omit<Version, "text">): string {
	const epoch = version.epoch > 0 ? `${version.epoch}!` : "";
	const local = version.local === null ? "" : `+${version.local}`;
	return `${epoch}${version.release.join(".")}${version.pre}${version.post}${version.dev}${local}`;
}

/** A bare release (poetry-core bounds carry only epoch and release). */
function bound(version: Version, release: number[]): Version {
	const next = {
		epoch: version.epoch,
		release,
		pre: "",
		post: "",
		dev: "",
		local: null,
	};
	return { ...next, text: formatVersion(next) };
}

// poetry-core Release.next_major / next_minor / next_patch: parts that were written stay written.
function nextMajor(version: Version): Version {
	const [major = 0, ...rest] = version.release;
	return bound(version, [major + 1, ...rest.map(() => 0)]);
}

function nextMinor(version: Version): Version {
	const [major = 0, minor, ...rest] = version.release;
	return bound(version, [
		major,
		minor === undefined ? 1 : minor + 1,
		...rest.map(() => 0),
	]);
}

function nextPatch(version: Version): Version {
	const [major = 0, minor = 0, patch, ...rest] = version.release;
	return bound(version, [
		major,
		minor,
		patch === undefined ? 1 : patch + 1,
		...rest.map(() => 0),
	]);
}

// poetry-core Version.next_breaking: the first version whose leftmost non-zero part differs.
function nextBreaking(version: Version): Version {
	const [major = 0, minor, patch] = version.release;
	if (major > 0 || minor === undefined) return nextMajor(version);
	if (minor > 0 || patch === undefined) return nextMinor(version);
	return nextPatch(version);
}
