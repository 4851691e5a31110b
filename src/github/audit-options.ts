import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { AuditOptions } from "../audit.js";
import { ConfigurationError } from "../errors.js";
import { chooseProjectIndex } from "../index/gather-index-facts.js";
import { DEFAULT_INDEX_URL, INDEX_TOKEN_ENV } from "../index/index-endpoint.js";
import type { Report } from "../model/report.js";
import { loadPolicy } from "../policy/load-policy.js";
import type { ActionInputs } from "./inputs.js";

export type SideOptions = Omit<AuditOptions, "root">;

/**
 * The options both audits and drift share, built once. `${VAR}` in requirements files is NOT expanded from the
 * runner's environment: a pull request could otherwise copy a secret into the public comment or into an index URL
 * it names. The index token goes to the index client alone, for the configured index only, and is masked in
 * everything published; the proxy variables reach the index client so self-hosted runners behind a proxy work.
 */
export function actionAuditOptions(
	env: Readonly<Record<string, string | undefined>>,
	inputs: Pick<ActionInputs, "offline" | "indexUrl"> &
		Partial<Pick<ActionInputs, "indexConcurrency">>,
): SideOptions {
	return {
		env: {},
		networkEnv: proxySettings(env),
		indexToken: env[INDEX_TOKEN_ENV] ?? null,
		offline: inputs.offline,
		...(inputs.indexUrl ? { indexUrl: inputs.indexUrl } : {}),
		...(inputs.indexConcurrency !== undefined
			? { indexConcurrency: inputs.indexConcurrency }
			: {}),
		today: new Date(),
	};
}

/** The `path` input as an existing directory of the workspace (the schema already refused `..` and absolute paths). */
export async function auditedRoot(
	workspace: string,
	path: string,
): Promise<string> {
	const root = resolve(workspace, path);
	const info = await stat(root).catch(() => null);
	if (!info?.isDirectory())
		throw new ConfigurationError(
			`input path: ${path} is not a directory in the workspace`,
		);
	return root;
}

/**
 * The options both sides are audited with under pull_request_target: the index is the `index-url` input, else
 * the trusted policy's `index-url`, else the index the checked-out (base) workspace's projects agree on, else
 * PyPI. The index token still goes only to a configured index (input or policy), as everywhere else.
 */
export async function pinIndex(
	options: SideOptions,
	inputs: Pick<ActionInputs, "indexUrl" | "policy">,
	workspaceRoot: string,
	workspaceReport: Report,
): Promise<SideOptions> {
	if (inputs.indexUrl) return { ...options, indexUrl: inputs.indexUrl };
	const loaded = await loadPolicy(workspaceRoot, inputs.policy);
	if (loaded.policy.indexUrl)
		return { ...options, indexUrl: loaded.policy.indexUrl };
	const indexes = new Set(
		workspaceReport.projects.map((p) => chooseProjectIndex(p, null)),
	);
	indexes.delete(DEFAULT_INDEX_URL);
	const [only] = indexes;
	return {
		...options,
		indexUrl:
			indexes.size === 1 && only !== undefined ? only : DEFAULT_INDEX_URL,
		indexToken: null,
	};
}

/**
 * Only the proxy variables reach the index client (self-hosted runners behind a proxy), and the test-only
 * timing knobs (readNetworkTimings).
 */
function proxySettings(
	env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
	const names = [
		"HTTPS_PROXY",
		"https_proxy",
		"HTTP_PROXY",
		"http_proxy",
		"NO_PROXY",
		"no_proxy",
		"PIN_AUDIT_REQUEST_TIMEOUT_MS",
		"PIN_AUDIT_RETRY_BASE_MS",
	];
	return Object.fromEntries(
		names.filter((n) => env[n] !== undefined).map((n) => [n, env[n]]),
	);
}
