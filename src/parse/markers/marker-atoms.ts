// Each comparison of a PEP 508 marker as a test on one dimension of the environment, and the values each
// dimension can take. Dimensions are what varies together: the Python version (python_version is the first
// two parts of python_full_version), the platform (sys_platform, platform_system and os_name come from one
// operating system), the implementation (implementation_name and platform_python_implementation), each
// requested extra or dependency group, and every other variable on its own.
import { normalizeName } from "../../model/normalize-name.js";
import { contains, parseSpecifierSet } from "../../pep440/specifier-set.js";
import type { MarkerComparison } from "./marker-tree.js";

/** A value no marker names: "some other platform", "some other machine". */
export const OTHER = "\u0000other";

/**
 * How platform variables relate. `reality`: the operating systems Python runs on (sys.platform,
 * platform.system() and os.name of each), so `os_name == "nt"` and `sys_platform == "linux"` never meet.
 * `uv`: only what uv treats as the same marker (uv >= 0.5.22 writes `platform_system == "Windows"` as
 * `sys_platform == "win32"`, likewise Darwin/darwin and Linux/linux; astral-sh/uv#9949); os_name stays
 * its own variable, as in uv's marker trees, so a lock comparison sees what uv sees.
 */
export type PlatformModel = "reality" | "uv";

export interface Atom {
	dimension: string;
	test: (value: unknown) => boolean;
}

type Platform = Record<"sys_platform" | "platform_system" | "os_name", string>;
type Implementation = Record<
	"implementation_name" | "platform_python_implementation",
	string
>;

// sys.platform, platform.system(), os.name as CPython reports them on each operating system.
const KNOWN_PLATFORMS: readonly Platform[] = [
	["win32", "Windows", "nt"],
	["linux", "Linux", "posix"],
	["darwin", "Darwin", "posix"],
	["cygwin", "CYGWIN_NT-10.0", "posix"],
	["emscripten", "Emscripten", "posix"],
	["wasi", "WASI", "posix"],
	["freebsd14", "FreeBSD", "posix"],
	["openbsd7", "OpenBSD", "posix"],
	["aix", "AIX", "posix"],
	["sunos5", "SunOS", "posix"],
	["android", "Android", "posix"],
	["ios", "iOS", "posix"],
].map(([sys_platform, platform_system, os_name]) => ({
	sys_platform: sys_platform as string,
	platform_system: platform_system as string,
	os_name: os_name as string,
}));

// uv's rewrite of platform_system to sys_platform (crates/uv-pep508, marker normalization).
const UV_SYSTEM_TO_PLATFORM: Readonly<Record<string, string>> = {
	Windows: "win32",
	Darwin: "darwin",
	Linux: "linux",
};

const KNOWN_IMPLEMENTATIONS: readonly Implementation[] = [
	["cpython", "CPython"],
	["pypy", "PyPy"],
	["graalpy", "GraalVM"],
	["ironpython", "IronPython"],
	["jython", "Jython"],
].map(([implementation_name, platform_python_implementation]) => ({
	implementation_name: implementation_name as string,
	platform_python_implementation: platform_python_implementation as string,
}));

const PLATFORM_VARIABLES = new Set([
	"sys_platform",
	"platform_system",
	"os_name",
]);
const IMPLEMENTATION_VARIABLES = new Set([
	"implementation_name",
	"platform_python_implementation",
]);

/** packaging's legacy names for the variables. */
const ALIASES: Readonly<Record<string, string>> = {
	python_implementation: "platform_python_implementation",
};

/** Every Python X.Y.Z a marker boundary can separate: 2.0-2.7 and 3.0-3.30, patches 0-30. */
export const PYTHON_GRID: readonly string[] = (() => {
	const out: string[] = [];
	for (let minor = 0; minor <= 7; minor++)
		for (let patch = 0; patch <= 18; patch++) out.push(`2.${minor}.${patch}`);
	for (let minor = 0; minor <= 30; minor++)
		for (let patch = 0; patch <= 30; patch++) out.push(`3.${minor}.${patch}`);
	return out;
})();

/**
 * The grid's Pythons on either side of every version the markers (and requires-python) name, and every
 * X.Y.0 (string comparisons such as `python_version in "3.10 3.11"` need them): a comparison's value only
 * changes at the versions it names, so these represent the whole grid.
 */
export function listPythonCandidates(named: Iterable<string>): string[] {
	const wanted = new Set<string>(["2.7.18", "3.30.30"]);
	for (let minor = 0; minor <= 7; minor++) wanted.add(`2.${minor}.0`);
	for (let minor = 0; minor <= 30; minor++) wanted.add(`3.${minor}.0`);
	for (const text of named) {
		const release = /^\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
		if (release === null) continue;
		const major = Number(release[1]);
		const minor = Number(release[2] ?? 0);
		const patch = Number(release[3] ?? 0);
		for (const m of [minor - 1, minor, minor + 1])
			for (const p of [0, patch - 1, patch, patch + 1, 18, 30])
				if (m >= 0 && p >= 0) wanted.add(`${major}.${m}.${p}`);
	}
	gridSet ??= new Set(PYTHON_GRID);
	const grid = gridSet;
	return [...wanted].filter((v) => grid.has(v));
}

/** PYTHON_GRID as a set, made on first use. */
let gridSet: ReadonlySet<string> | undefined;

/** The test one comparison makes, on the dimension it reads. */
export function classifyComparison(
	node: MarkerComparison,
	model: PlatformModel,
): Atom {
	const free: Atom = {
		dimension: `free:${node.left.value}\u0001${node.op}\u0001${node.right.value}`,
		test: (value) => value === true,
	};
	const leftIsVariable = node.left.kind === "variable";
	if (leftIsVariable === (node.right.kind === "variable")) return free;
	const rawVariable = leftIsVariable ? node.left.value : node.right.value;
	const variable = ALIASES[rawVariable] ?? rawVariable;
	const literal = leftIsVariable ? node.right.value : node.left.value;
	const op = node.op;
	if (variable === "python_version" || variable === "python_full_version") {
		// A literal that is no version (`python_version < "</details>"`): packaging 21.3 (pip 23.2's) compares
		// it as a string, packaging 26 and uv call it false. Undecided, so never the reason to hide a line.
		if (!comparesAsVersion(op, literal, leftIsVariable)) return free;
		const short = variable === "python_version";
		return {
			dimension: "python",
			test: (value) => {
				const full = value as string;
				const own = short ? full.split(".").slice(0, 2).join(".") : full;
				return comparePython(own, op, literal, leftIsVariable) ?? false;
			},
		};
	}
	if (variable === "extra") {
		// PEP 508/685: `extra == "x"` holds when the extra x is requested (names compare normalized).
		if (op !== "==" && op !== "!=") return free;
		const requested: Atom = {
			dimension: `extra:${normalizeName(literal)}`,
			test: (value) => value === true,
		};
		return op === "==" ? requested : { ...requested, test: (v) => v !== true };
	}
	if (
		(variable === "extras" || variable === "dependency_groups") &&
		!leftIsVariable &&
		(op === "in" || op === "not in")
	) {
		// PEP 751: `"x" in extras`, `"dev" in dependency_groups` (uv.lock's group edges).
		const prefix = variable === "extras" ? "extra" : "group";
		return {
			dimension: `${prefix}:${normalizeName(literal)}`,
			test: (value) => (value === true) === (op === "in"),
		};
	}
	const inPlatform = PLATFORM_VARIABLES.has(variable);
	const inImplementation = IMPLEMENTATION_VARIABLES.has(variable);
	const stringTest = makeStringTest(op, literal, leftIsVariable);
	if (stringTest === null) return free;
	if (inPlatform && !(model === "uv" && variable === "os_name"))
		return {
			dimension: "platform",
			test: (value) =>
				stringTest((value as Platform)[variable as keyof Platform]),
		};
	if (inImplementation)
		return {
			dimension: "implementation",
			test: (value) =>
				stringTest((value as Implementation)[variable as keyof Implementation]),
		};
	return {
		dimension: `var:${variable}`,
		test: (value) => stringTest(value as string),
	};
}

/**
 * PEP 508 on variables other than the Python version: `==`, `!=`, `in`, `not in` compare strings (packaging
 * falls back to them when the sides are not versions). Ordering comparisons are left undecided (null).
 */
function makeStringTest(
	op: string,
	literal: string,
	variableOnLeft: boolean,
): ((value: string) => boolean) | null {
	const known = (value: string) => value !== OTHER;
	switch (op) {
		case "==":
		case "===":
			return (value) => value === literal;
		case "!=":
			return (value) => value !== literal;
		case "in":
			return variableOnLeft
				? (value) => known(value) && literal.includes(value)
				: (value) => known(value) && value.includes(literal);
		case "not in":
			return variableOnLeft
				? (value) => !(known(value) && literal.includes(value))
				: (value) => !(known(value) && value.includes(literal));
		default:
			return null;
	}
}

const FLIP: Record<string, string> = {
	"<": ">",
	">": "<",
	"<=": ">=",
	">=": "<=",
	"==": "==",
	"!=": "!=",
	"===": "===",
};

function comparesAsVersion(
	op: string,
	literal: string,
	variableOnLeft: boolean,
): boolean {
	if (op === "in" || op === "not in") return true;
	const effective = variableOnLeft ? op : FLIP[op];
	return (
		effective !== undefined && parseSpecifierSet(`${effective}${literal}`).ok
	);
}

/** PEP 508: python_version and python_full_version compare as PEP 440 versions; `in` as strings. */
export function comparePython(
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
	const effective = variableOnLeft ? op : FLIP[op];
	if (effective === undefined) return null;
	const set = parseSpecifierSet(`${effective}${literal}`);
	return set.ok ? contains(set.value, value, { prereleases: true }) : null;
}

/** The values a dimension can take, given the literals its atoms name and the scope. */
export function listCandidates(
	dimension: string,
	literals: ReadonlyMap<string, Set<string>>,
	model: PlatformModel,
	pythons: readonly string[],
	requestable: (dimension: string) => boolean,
): unknown[] {
	if (dimension === "python") return [...pythons];
	if (dimension === "platform") return listPlatforms(literals, model);
	if (dimension === "implementation") return listImplementations(literals);
	if (dimension.startsWith("extra:") || dimension.startsWith("group:"))
		return requestable(dimension) ? [false, true] : [false];
	if (dimension.startsWith("free:")) return [false, true];
	const variable = dimension.slice("var:".length);
	return [...(literals.get(variable) ?? []), OTHER];
}

function listPlatforms(
	literals: ReadonlyMap<string, Set<string>>,
	model: PlatformModel,
): Platform[] {
	const named = (variable: keyof Platform) => [
		...(literals.get(variable) ?? []),
	];
	if (model === "uv") {
		const platforms = new Set([
			...named("sys_platform"),
			...Object.values(UV_SYSTEM_TO_PLATFORM),
			OTHER,
		]);
		const systems = new Set([
			...named("platform_system"),
			...Object.keys(UV_SYSTEM_TO_PLATFORM),
			OTHER,
		]);
		const out: Platform[] = [];
		for (const sys_platform of platforms)
			for (const platform_system of systems) {
				const mapped = UV_SYSTEM_TO_PLATFORM[platform_system];
				const mappedBack = Object.values(UV_SYSTEM_TO_PLATFORM).includes(
					sys_platform,
				);
				if (mapped === undefined ? mappedBack : mapped !== sys_platform)
					continue;
				out.push({ sys_platform, platform_system, os_name: OTHER });
			}
		return out;
	}
	const out = [...KNOWN_PLATFORMS];
	// A value the table does not know is some other system, whose other variables are unknown too.
	for (const variable of PLATFORM_VARIABLES as Set<keyof Platform>)
		for (const value of named(variable))
			if (!KNOWN_PLATFORMS.some((p) => p[variable] === value))
				out.push({
					sys_platform: OTHER,
					platform_system: OTHER,
					os_name: OTHER,
					[variable]: value,
				});
	out.push({ sys_platform: OTHER, platform_system: OTHER, os_name: OTHER });
	return out;
}

function listImplementations(
	literals: ReadonlyMap<string, Set<string>>,
): Implementation[] {
	const out = [...KNOWN_IMPLEMENTATIONS];
	for (const variable of IMPLEMENTATION_VARIABLES as Set<keyof Implementation>)
		for (const value of literals.get(variable) ?? [])
			if (!KNOWN_IMPLEMENTATIONS.some((i) => i[variable] === value))
				out.push({
					implementation_name: OTHER,
					platform_python_implementation: OTHER,
					[variable]: value,
				});
	out.push({
		implementation_name: OTHER,
		platform_python_implementation: OTHER,
	});
	return out;
}

/** The literal each non-Python comparison names, by variable (after aliases). */
export function collectLiteral(
	node: MarkerComparison,
	literals: Map<string, Set<string>>,
): void {
	const leftIsVariable = node.left.kind === "variable";
	if (leftIsVariable === (node.right.kind === "variable")) return;
	const raw = leftIsVariable ? node.left.value : node.right.value;
	const variable = ALIASES[raw] ?? raw;
	const literal = leftIsVariable ? node.right.value : node.left.value;
	const set = literals.get(variable) ?? new Set<string>();
	// `sys_platform in "linux darwin"` names the words of its container, not the container.
	const container =
		leftIsVariable && (node.op === "in" || node.op === "not in");
	for (const value of container ? literal.split(/[\s,]+/) : [literal])
		if (value !== "") set.add(value);
	literals.set(variable, set);
}
