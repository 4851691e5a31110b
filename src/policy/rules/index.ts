// `index`: a package source that the policy does not list in `[indexes] allowed`: one a requirements file adds
// (--index-url, --extra-index-url, --find-links, --trusted-host), one uv or Poetry is told to use in a
// pyproject.toml ([[tool.uv.index]], [tool.uv] index-url/extra-index-url/find-links, [[tool.poetry.source]]),
// or one a lock records its packages' downloads from. The installer may install any package from it, whatever
// the pins say (dependency confusion), so a new one is a finding on the pull request that adds it. PyPI (its
// index and its file host) and the policy's own `index-url` are always allowed.
import type {
	LockedPackage,
	PackageSourceSetting,
	PipOption,
	Project,
} from "../../model/types.js";
import type { RuleContext, RuleFinding } from "../rule-context.js";

const SOURCE_OPTIONS: Readonly<Record<string, string>> = {
	"--index-url": "an index",
	"--extra-index-url": "an extra index",
	"--find-links": "a find-links location",
	"--trusted-host": "a trusted host",
};
const ALWAYS_ALLOWED = [
	"https://pypi.org/simple",
	"https://pypi.org/pypi",
	// Where PyPI's index sends the downloads.
	"https://files.pythonhosted.org",
];

/** A URL or path as compared: no user-info, lower-case scheme and host, no trailing `/`, no leading `./`. */
export function normalizeSource(text: string): string {
	const trimmed = text.trim().replace(/^(\.\/)+/, "");
	let end = trimmed.length;
	while (end > 1 && trimmed[end - 1] === "/") end--;
	const value = trimmed.slice(0, end);
	const scheme = value.indexOf("://");
	if (scheme === -1) return value;
	const rest = value.slice(scheme + 3);
	const slash = rest.indexOf("/");
	const authority = slash === -1 ? rest : rest.slice(0, slash);
	const host = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
	return `${value.slice(0, scheme).toLowerCase()}://${host}${slash === -1 ? "" : rest.slice(slash)}`;
}

/** The host (with port) of a URL, or the text itself for a bare host. */
function hostOf(text: string): string {
	const normalized = normalizeSource(text);
	const scheme = normalized.indexOf("://");
	const rest = scheme === -1 ? normalized : normalized.slice(scheme + 3);
	const slash = rest.indexOf("/");
	return (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
}

/** What the policy allows: full sources (indexes, find-links) and hosts (trusted hosts). */
interface Allowed {
	sources: ReadonlySet<string>;
	hosts: ReadonlySet<string>;
}

export function checkIndex(context: RuleContext): RuleFinding[] {
	const listed = [
		...ALWAYS_ALLOWED,
		...(context.policy.indexUrl ? [context.policy.indexUrl] : []),
		...context.policy.indexes.allowed,
	];
	const allowed: Allowed = {
		sources: new Set(listed.map(normalizeSource)),
		hosts: new Set(listed.map(hostOf)),
	};
	const severity = context.severityOf("index");
	const findings: RuleFinding[] = [];
	const seen = new Set<string>();
	for (const project of context.projects) {
		const found = [
			...project.pipOptions.flatMap((o) => checkPipOption(o, allowed)),
			...(project.packageSources ?? []).flatMap((s) =>
				checkSetting(s, allowed),
			),
			...checkLockRegistries(context, project, allowed),
		];
		for (const { file, line, message, fix, pkg } of found) {
			// A file included by several projects (a workspace's lock) names the source once.
			const id = `${file}\0${line}\0${message}`;
			if (seen.has(id)) continue;
			seen.add(id);
			findings.push({
				rule: "index",
				severity,
				project: project.path,
				package: pkg ?? null,
				file,
				line,
				message,
				facts: { fix },
			});
		}
	}
	return findings;
}

interface SourceFinding {
	file: string | null;
	line: number | null;
	message: string;
	fix: string;
	pkg?: string;
}

const fixFor = (value: string) =>
	`Remove it, or, if it is trusted, add \`${normalizeSource(value)}\` to [indexes] allowed in the policy.`;

function checkPipOption(option: PipOption, allowed: Allowed): SourceFinding[] {
	const kind = SOURCE_OPTIONS[option.name];
	const value = option.value;
	if (kind === undefined || value === null) return [];
	const ok =
		option.name === "--trusted-host"
			? allowed.hosts.has(hostOf(value))
			: allowed.sources.has(normalizeSource(value));
	if (ok) return [];
	return [
		{
			file: option.file ?? null,
			line: option.line,
			message: `\`${option.name} ${value}\` adds ${kind} the policy does not list: pip may install any package from it, whatever the pins say.`,
			fix: fixFor(value),
		},
	];
}

/** uv's and Poetry's index settings in a pyproject.toml. */
function checkSetting(
	setting: PackageSourceSetting,
	allowed: Allowed,
): SourceFinding[] {
	if (allowed.sources.has(normalizeSource(setting.url))) return [];
	const kind = setting.kind === "index" ? "an index" : "a find-links location";
	const tool = setting.setting.includes("poetry") ? "Poetry" : "uv";
	return [
		{
			file: setting.file,
			line: setting.line,
			message: `\`${setting.setting} = "${setting.url}"\` adds ${kind} the policy does not list: ${tool} may install any package from it, whatever the pins say.`,
			fix: fixFor(setting.url),
		},
	];
}

/**
 * A lock's registry sources (uv.lock `source = { registry = ... }`, pylock.toml `index`, poetry.lock's legacy
 * `[package.source]`): the installer downloads those packages from there, whatever the manifest says. One
 * finding per lock and index, on its first package.
 */
function checkLockRegistries(
	context: RuleContext,
	project: Project,
	allowed: Allowed,
): SourceFinding[] {
	// An index the project's own settings name is reported there, once, not again for what the lock took from it.
	const named = new Set(
		[
			...(project.packageSources ?? []).map((s) => s.url),
			...project.pipOptions.map((o) => o.value ?? ""),
		].map(normalizeSource),
	);
	const byIndex = new Map<string, LockedPackage[]>();
	for (const entry of project.locked) {
		if (entry.source !== "registry" || entry.sourceUrl === null) continue;
		const source = normalizeSource(entry.sourceUrl);
		if (allowed.sources.has(source) || named.has(source)) continue;
		if (!context.reportsOnLock(project, entry.file)) continue;
		const key = `${entry.file}\0${source}`;
		byIndex.set(key, [...(byIndex.get(key) ?? []), entry]);
	}
	return [...byIndex.values()].map((entries) => {
		const first = entries.reduce((a, b) => (b.line < a.line ? b : a));
		const url = first.sourceUrl as string;
		const names = [...new Set(entries.map((e) => e.name))];
		const shown =
			names.length > 3
				? `${names.slice(0, 3).join(", ")}, …`
				: names.join(", ");
		return {
			file: first.file,
			line: first.line,
			message: `${baseName(first.file)} installs ${names.length === 1 ? names[0] : `${names.length} packages (${shown})`} from \`${url}\`, an index the policy does not list: the installer downloads from there, whatever the pins say.`,
			fix: `Lock them from an index the policy lists, or, if it is trusted, add \`${normalizeSource(url)}\` to [indexes] allowed in the policy.`,
			...(names.length === 1 ? { pkg: first.name } : {}),
		};
	});
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
