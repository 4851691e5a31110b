// What the command line accepts: the help text, the usage line of each command, the formats and the options
// `pin-audit [path]` and `pin-audit drift` share. Kept apart from run-cli.ts so commands can share them.
import type { OptionTable } from "./parse-command-line.js";

export interface CliIo {
	/** Writes to standard output; a returned promise resolves when the stream can take more (back-pressure). */
	stdout: (text: string) => void | Promise<void>;
	stderr: (text: string) => void;
	env: Readonly<Record<string, string | undefined>>;
	isTty: boolean;
	/** The terminal's width when stdout is one; text output wraps to it (100 columns otherwise). */
	columns?: number | undefined;
}

export const AUDIT_USAGE = "Usage: pin-audit [path] [options]";
export const DRIFT_USAGE = "Usage: pin-audit drift [path] [options]";
export const MERGE_USAGE = "Usage: pin-audit merge <report.json>... [options]";

/** Subcommands, for dispatch and for "did you mean" when a path looks like a misspelled one. */
export const COMMANDS = ["drift", "merge", "fix"] as const;

export const USAGE = `${AUDIT_USAGE}
       pin-audit drift [path] [options]
       pin-audit merge <report.json>... [options]
       pin-audit fix [path] [options]      (see pin-audit fix --help)

Audits the Python dependency files below path (default: the current directory):
pyproject.toml, requirements files, uv.lock, pylock.toml and poetry.lock.

Options:
  -f, --format <format>          text, json, markdown or sarif (SARIF 2.1.0 for code scanning; not for drift
                                 and merge); default: text
  --fail-on <error|warning|never>
                                 exit 1 on findings of this severity or worse (default: error)
  --policy <file>                policy file (default: the nearest pin-audit.toml or [tool.pin-audit] in a
                                 pyproject.toml from path up to the repository root; the report says which
                                 file it used; without one, the built-in default policy)
  -o, --output <file>            write the report to a file instead of stdout
  --include <glob>               only audit files matching the glob (repeatable); a glob that matches no
                                 dependency file is an error (exit 2)
  --exclude <glob>               skip files and directories matching the glob (repeatable); a glob that
                                 skips nothing is an error (exit 2)
  --offline                      never contact a package index: yanked and too-new are not checked (the
                                 report says so), and dependency requirements come from locks and
                                 pin-audit's shipped knowledge
  --index-url <url>              package index to check pins against (an http(s) URL: PyPI JSON API root, or
                                 a PEP 691 Simple API ending in /simple); default: the policy's index-url,
                                 else the project's own index, else https://pypi.org. Credentials may be in
                                 the URL or in PIN_AUDIT_INDEX_TOKEN; they are never printed
  --cache-dir <dir>              keep index answers here and revalidate them (ETag / Last-Modified)
  --index-concurrency <n>        requests in flight at once per index host (1-256; default: the policy's
                                 index-concurrency, 50); a 429 or 503 lowers it for a while
  --base-ref <ref>               compare with this git ref (as the action compares a pull request with its
                                 base): findings marked new or existing, dependency changes, rule soak
  --inventory                    text format: also list every requirement and locked package
  --verbose                      text format: each finding's whole message (why, what else the fix
                                 changes, tables), not only the problem and the fix
  --color / --no-color           force colours on or off (default: on for a terminal, off with NO_COLOR)
  --version                      print the version
  -h, --help                     print this help

Text output lists findings by project (each as its problem and its fix, in about two lines), clean projects
in one line, and a closing summary; it wraps to the terminal's width (100 columns when not a terminal).

Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 the audit could not run (usage or
configuration error).

pin-audit drift [path]: how far every exact pin and locked version is behind its index (releases behind by
major/minor/patch, libyears, yanked) and the newest release the policy allows (cooldowns shown as "not yet").
  Takes --format, --output, --policy, --include, --exclude, --offline, --index-url, --cache-dir, --index-concurrency, and:
  --name <name>                  repository name in the report (default: the path)
  --previous <file>              markdown: write the drift issue body (hidden marker and state), with what
                                 changed since the state in <file> (a previous body; a missing file is none)
  --fail-on-drift                exit 1 when anything is behind or yanked, or could not be checked (offline,
                                 or the index did not answer): a report that checked nothing is no all-clear

pin-audit merge <report.json>...: one fleet report from many repositories' JSON reports (drift reports from
\`pin-audit drift --format json\`, or audit reports from \`--format json\`, which give the versions in use only).
  Takes --format, --output, --previous and --fail-on-drift. A file that is not a valid report exits with 2.
`;

export const FORMATS = ["text", "json", "markdown"] as const;
export type Format = (typeof FORMATS)[number];
/** `pin-audit [path]` also writes SARIF (drift and merge do not: they have no findings). */
export const AUDIT_FORMATS = [...FORMATS, "sarif"] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** The options `pin-audit [path]` and `pin-audit drift` share: what to audit and how to print it. */
export const AUDIT_OPTIONS = {
	format: { type: "string", short: "f", default: "text" },
	output: { type: "string", short: "o" },
	policy: { type: "string" },
	offline: { type: "boolean", default: false },
	"index-url": { type: "string" },
	"cache-dir": { type: "string" },
	"index-concurrency": { type: "string" },
	include: { type: "string", multiple: true },
	exclude: { type: "string", multiple: true },
	help: { type: "boolean", short: "h" },
} as const satisfies OptionTable;
