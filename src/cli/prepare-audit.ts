// From the command line to the audit's options: the audited path (with "did you mean" for a misspelled
// subcommand), the index URL (refused unless it is an absolute http(s) URL, as uv does), and where the audit
// really runs (the policy found upward; see locate-audit.ts).

import { join, relative, resolve } from "node:path";
import { stat } from "../async-fs.js";
import type { AuditOptions } from "../audit.js";
import { INDEX_TOKEN_ENV } from "../index/index-endpoint.js";
import type { Report } from "../model/report.js";
import { findClosestName } from "../policy/closest-name.js";
import { describePolicy } from "../policy/load-policy.js";
import { type AuditLocation, locateAudit } from "./locate-audit.js";
import { UsageError } from "./parse-command-line.js";

const COMMANDS = ["drift", "merge", "fix"];

export interface PreparedAudit {
	options: AuditOptions;
	location: AuditLocation;
}

type Values = Record<string, string | boolean | string[] | undefined>;

export async function prepareAudit(
	positionals: readonly string[],
	values: Values,
	io: { env: Readonly<Record<string, string | undefined>> },
	usage: string,
): Promise<PreparedAudit> {
	const audited = await checkAuditedRoot(positionals, usage);
	const indexUrl = checkIndexUrl(values["index-url"], usage);
	const policy = values.policy as string | undefined;
	const location = await locateAudit(audited, policy !== undefined);
	const cacheDir = values["cache-dir"] as string | undefined;
	const indexConcurrency = checkIndexConcurrency(
		values["index-concurrency"],
		usage,
	);
	const options: AuditOptions = {
		root: location.root,
		scope: location.scope,
		boundary: location.boundary,
		include: (values.include as string[] | undefined) ?? [],
		exclude: (values.exclude as string[] | undefined) ?? [],
		env: io.env,
		indexToken: io.env[INDEX_TOKEN_ENV] ?? null,
		// Paths on the command line are relative to where the command runs, like every other path.
		...(policy !== undefined ? { policyPath: resolve(policy) } : {}),
		offline: values.offline === true,
		...(indexUrl !== undefined ? { indexUrl } : {}),
		...(cacheDir !== undefined ? { cacheDir: resolve(cacheDir) } : {}),
		...(indexConcurrency !== undefined ? { indexConcurrency } : {}),
	};
	return { options, location };
}

/** The one directory to audit, as given; a usage error naming the closest subcommand for a typo. */
async function checkAuditedRoot(
	positionals: readonly string[],
	usage: string,
): Promise<string> {
	const first = positionals[0] ?? ".";
	const info = await stat(first).catch(() => null);
	const command = info === null ? findClosestName(first, COMMANDS) : null;
	if (command !== null)
		throw new UsageError(
			`unknown command \`${first}\`; did you mean \`${command}\`?`,
			usage,
		);
	if (positionals.length > 1)
		throw new UsageError(
			`expected one path, got ${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(" ")}`,
			usage,
		);
	if (!info) throw new UsageError(`${first}: no such directory`, usage);
	if (!info.isDirectory())
		throw new UsageError(
			`${first}: not a directory (give the directory to audit)`,
			usage,
		);
	return first;
}

/** uv refuses a bad index URL at once; so does pin-audit, instead of a notice at the end of the report. */
export function checkIndexUrl(
	value: unknown,
	usage: string,
): string | undefined {
	if (value === undefined) return undefined;
	const text = String(value);
	let url: URL | null = null;
	try {
		url = new URL(text);
	} catch {
		url = null;
	}
	if (url === null || (url.protocol !== "https:" && url.protocol !== "http:"))
		throw new UsageError(
			`--index-url must be an absolute http(s) URL such as https://pypi.org/simple; got ${JSON.stringify(redactCredentials(text))}`,
			usage,
		);
	return text;
}

/** The same bounds as the policy's `index-concurrency`. */
function checkIndexConcurrency(
	value: unknown,
	usage: string,
): number | undefined {
	if (value === undefined) return undefined;
	const text = String(value).trim();
	const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
	if (!(n >= 1 && n <= 256))
		throw new UsageError(
			`--index-concurrency must be a whole number from 1 to 256; got ${JSON.stringify(String(value))}`,
			usage,
		);
	return n;
}

function redactCredentials(text: string): string {
	return text.replace(/\/\/[^/@\s]*@/, "//***@");
}

/**
 * Says in the report which policy file ran when it was found above the audited directory, as a path from
 * where the command runs, and which part of the repository was audited.
 */
export function describeLocatedPolicy(
	report: Report,
	prepared: PreparedAudit,
): void {
	const { location } = prepared;
	if (!location.policyAbove) return;
	report.scope = location.scope;
	if (report.policy.file === null) return;
	const shown =
		relative(process.cwd(), join(resolve(location.root), report.policy.file)) ||
		report.policy.file;
	report.policy.description = describePolicy(
		{ kind: report.policy.source, file: shown },
		report.policy.presets,
	);
}
