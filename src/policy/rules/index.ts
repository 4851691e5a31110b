// `index`: a package source a requirements file adds (--index-url, --extra-index-url, --find-links,
// --trusted-host) that the policy does not list in `[indexes] allowed`. pip may install any package from it,
// whatever the pins say (dependency confusion), so a new one is a finding on the pull request that adds it.
// PyPI and the policy's own `index-url` are always allowed.
import type { PipOption } from "../../model/types.js";
import type { RuleContext, RuleFinding } from "../rule-context.js";

const SOURCE_OPTIONS: Readonly<Record<string, string>> = {
	"--index-url": "an index",
	"--extra-index-url": "an extra index",
	"--find-links": "a find-links location",
	"--trusted-host": "a trusted host",
};
const ALWAYS_ALLOWED = ["https://pypi.org/simple", "https://pypi.org/pypi"];

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

export function checkIndex(context: RuleContext): RuleFinding[] {
	const severity = context.severityOf("index");
	const allowed = [
		...ALWAYS_ALLOWED,
		...(context.policy.indexUrl ? [context.policy.indexUrl] : []),
		...context.policy.indexes.allowed,
	];
	const sources = new Set(allowed.map(normalizeSource));
	const hosts = new Set(allowed.map(hostOf));
	const isAllowed = (option: PipOption): boolean => {
		const value = option.value ?? "";
		if (option.name === "--trusted-host") return hosts.has(hostOf(value));
		return sources.has(normalizeSource(value));
	};
	const findings: RuleFinding[] = [];
	const seen = new Set<string>();
	for (const project of context.projects) {
		for (const option of project.pipOptions) {
			const kind = SOURCE_OPTIONS[option.name];
			if (kind === undefined || option.value === null || isAllowed(option))
				continue;
			const file = option.file ?? null;
			// A file included by several projects names the source once.
			const id = `${file}\0${option.line}\0${option.name}`;
			if (seen.has(id)) continue;
			seen.add(id);
			findings.push({
				rule: "index",
				severity,
				project: project.path,
				package: null,
				file,
				line: option.line,
				message: `\`${option.name} ${option.value}\` adds ${kind} the policy does not list: pip may install any package from it, whatever the pins say.`,
				facts: {
					fix: `Remove it, or, if it is trusted, add \`${normalizeSource(option.value)}\` to [indexes] allowed in the policy.`,
				},
			});
		}
	}
	return findings;
}
