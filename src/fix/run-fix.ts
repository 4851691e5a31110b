// `pin-audit fix [path] [--project GLOB]... [--package NAME]... [--dry-run]`: the command line of the fixer.
// The diff goes to stdout (pipe it to `git apply`); what was not changed, the lock commands and the summary
// go to stderr. Exit 0: every error finding with a suggestion was fixed (or there was nothing to fix);
// 1: error findings with a suggestion remain; usage errors are thrown as ConfigurationError (exit 2).

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { stat } from "../async-fs.js";
import type { AuditOptions } from "../audit.js";
import { ConfigurationError } from "../errors.js";
import { INDEX_TOKEN_ENV } from "../index/index-endpoint.js";
import type { Finding } from "../model/types.js";
import { parseVersion } from "../pep440/version.js";
import { stripControls } from "../report/escape.js";
import { type FixResult, fixRepository } from "./fix-repository.js";

export interface FixIo {
	stdout: (text: string) => void | Promise<void>;
	stderr: (text: string) => void;
	env: Readonly<Record<string, string | undefined>>;
}

export const FIX_USAGE = `Usage: pin-audit fix [path] [options]

Applies every finding's suggested line in place, changing only the version specifier (every other byte of
the file stays), and prints a unified diff of the change. A hashed requirement whose version would change is
not rewritten: regenerate its file with the command its header names. Locks are never edited: the commands
that regenerate them are printed.

Options:
  --project <glob>      only findings in projects matching the glob (repeatable; the root is ".")
  --package <name>      only findings on this package (repeatable)
  --dry-run             print the diff and write nothing
  --to <version>        with one --package: move it to this version instead (a rollout step): every exact
                        pin becomes ==<version>, a lock holding another version gets its upgrade command
  --policy <file>       policy file (as for pin-audit [path])
  --include <glob>      only audit files matching the glob (repeatable)
  --exclude <glob>      skip files matching the glob (repeatable)
  --offline             never contact a package index
  --index-url <url>     package index to check pins against
  --cache-dir <dir>     keep index answers here
  -h, --help            print this help

Exit status: 0 every error finding with a suggestion was fixed (or nothing to fix), 1 some remain,
2 usage or configuration error.
`;

function parseFixArgs(argv: readonly string[]) {
	try {
		return parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				project: { type: "string", multiple: true },
				package: { type: "string", multiple: true },
				"dry-run": { type: "boolean", default: false },
				to: { type: "string" },
				policy: { type: "string" },
				include: { type: "string", multiple: true },
				exclude: { type: "string", multiple: true },
				offline: { type: "boolean", default: false },
				"index-url": { type: "string" },
				"cache-dir": { type: "string" },
				help: { type: "boolean", short: "h" },
			},
		});
	} catch (error) {
		throw new ConfigurationError(
			`${error instanceof Error ? error.message : String(error)}\n\n${FIX_USAGE}`,
		);
	}
}

export async function runFixCommand(
	argv: readonly string[],
	io: FixIo,
): Promise<number> {
	const { values, positionals } = parseFixArgs(argv);
	if (values.help) {
		await io.stdout(FIX_USAGE);
		return 0;
	}
	if (positionals.length > 1)
		throw new ConfigurationError(
			`expected one path, got ${positionals.length}\n\n${FIX_USAGE}`,
		);
	const root = positionals[0] ?? ".";
	const info = await stat(root).catch(() => null);
	if (!info?.isDirectory())
		throw new ConfigurationError(`${root}: no such directory`);
	const options: AuditOptions = {
		root,
		include: values.include ?? [],
		exclude: values.exclude ?? [],
		env: io.env,
		indexToken: io.env[INDEX_TOKEN_ENV] ?? null,
		offline: values.offline,
		...(values.policy === undefined
			? {}
			: { policyPath: resolve(values.policy) }),
		...(values["index-url"] === undefined
			? {}
			: { indexUrl: values["index-url"] }),
		...(values["cache-dir"] === undefined
			? {}
			: { cacheDir: resolve(values["cache-dir"]) }),
	};
	const dryRun = values["dry-run"];
	const packages = values.package ?? [];
	if (
		values.to !== undefined &&
		(packages.length !== 1 || !isVersion(values.to))
	)
		throw new ConfigurationError(
			`--to needs one --package and a version such as 1.23.3; got --to ${JSON.stringify(values.to)} with ${packages.length} --package\n\n${FIX_USAGE}`,
		);
	const result = await fixRepository(
		options,
		{ projects: values.project ?? [], packages },
		!dryRun,
		values.to === undefined
			? null
			: { name: packages[0] as string, version: values.to },
	);
	if (result.diff !== "") await io.stdout(result.diff);
	io.stderr(describeFixResult(result, dryRun));
	const remaining = result.notFixed.filter(
		(n) => n.finding.severity === "error",
	);
	// A move is complete only when every line on the package could take the version.
	const unmoved = values.to === undefined ? [] : result.withoutSuggestion;
	return remaining.length + unmoved.length > 0 ? 1 : 0;
}

function isVersion(text: string): boolean {
	return parseVersion(text) !== null;
}

function where(f: Finding): string {
	return stripControls(
		`${f.file ?? "?"}${f.line === null ? "" : `:${f.line}`}`,
	);
}

/** What the fixer did and did not do, for a person reading a terminal. */
export function describeFixResult(result: FixResult, dryRun: boolean): string {
	const lines: string[] = [];
	const verb = dryRun ? "would change" : "changed";
	const edits = new Set(result.fixed.map((f) => `${f.file}\0${f.line}`)).size;
	lines.push(
		edits === 0
			? "pin-audit fix: nothing to change."
			: `pin-audit fix: ${verb} ${edits} line(s) in ${result.changedFiles.length} file(s), for ${result.fixed.length} finding(s).`,
	);
	if (result.notFixed.length > 0) {
		lines.push("", "Not changed:");
		for (const n of result.notFixed) {
			const suggestion = n.finding.suggestion ?? "";
			lines.push(
				`  ${where(n.finding)} [${n.finding.rule}] \`${stripControls(suggestion)}\`: ${stripControls(n.reason)}.`,
			);
			if (n.finding.file !== null && n.reason.includes("hashed"))
				lines.push(
					n.command === undefined
						? `    regenerate ${stripControls(n.finding.file)} with the command that compiled it (e.g. pip-compile --generate-hashes), after writing ${stripControls(suggestion)} in its input`
						: `    regenerate it with: ${stripControls(n.command)}  (after writing ${stripControls(suggestion)} in its input)`,
				);
		}
	}
	for (const c of result.compiled)
		lines.push(
			"",
			`${stripControls(c.file)} is compiled: make the same change in its input, or the next \`${stripControls(c.command)}\` undoes it.`,
		);
	if (result.lockCommands.length > 0) {
		lines.push(
			"",
			`Locks are not edited; ${dryRun ? "after applying, " : ""}regenerate them:`,
		);
		for (const command of result.lockCommands)
			lines.push(`  ${stripControls(command)}`);
	}
	if (result.withoutSuggestion.length > 0) {
		lines.push("", "Error findings with no line to write (fix them by hand):");
		for (const f of result.withoutSuggestion)
			lines.push(
				`  ${where(f)} [${f.rule}] ${stripControls(f.message.split("\n")[0] ?? "")}`,
			);
	}
	return `${lines.join("\n")}\n`;
}
