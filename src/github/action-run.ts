import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { readNetworkTimings } from "../index/http-client.js";
import { listIndexSecrets, maskSecrets } from "../index/index-endpoint.js";
import { stripControls } from "../report/escape.js";
import {
	CHANGE_EVENTS,
	type EventContext,
	readEventContext,
} from "./event-context.js";
import {
	type ActionInputs,
	type ActionMode,
	type BlockMode,
	loadInputs,
	resolveBlockMode,
	resolveMode,
} from "./inputs.js";
import {
	createOctokit,
	listTokenForms,
	type RestClient,
} from "./rest-client.js";

export interface ActionDependencies {
	env?: Readonly<Record<string, string | undefined>>;
	/** Builds the REST client; tests may pass a fake. */
	createClient?: (token: string, baseUrl: string) => Promise<RestClient>;
}

/** Everything a step of the action needs, read once at the start of the run. */
export interface ActionRun {
	env: Readonly<Record<string, string | undefined>>;
	inputs: ActionInputs;
	ctx: EventContext;
	mode: ActionMode;
	block: BlockMode;
	/** Masks every known credential (the token in its forms, index secrets) in text the action publishes. */
	mask: (text: string) => string;
	/** The credentials `mask` masks, for reports written in pieces (write-report-file.ts). */
	secrets: readonly string[];
	/** A masked, control-free workflow warning. */
	warn: (text: string) => void;
	/** This run's own temporary directory (the JSON reports stay there for later steps). */
	workDir: string;
	/** The REST client, built on first use (a run that needs no API never builds one). */
	getClient: () => Promise<RestClient>;
}

/** Step 1: read the inputs and the event, register the secrets, and make the run's working directory. */
export async function startRun(
	deps: ActionDependencies,
	onMask: (mask: (text: string) => string) => void,
): Promise<ActionRun> {
	const env = deps.env ?? process.env;
	const inputs = loadInputs();
	// Registered before anything can print them; the comment and the summary are masked too (core masks only
	// the log), so a requirements file cannot carry a credential into a public comment.
	const secrets = [
		...(inputs.token ? listTokenForms(inputs.token) : []),
		...listIndexSecrets({ indexUrl: inputs.indexUrl, env }),
	];
	for (const secret of secrets) core.setSecret(secret);
	// core masks the log only on a real runner (it reads ::add-mask::); everything the action prints is masked
	// here as well, whatever echoed a credential (an API error body, an index answer).
	const mask = (text: string) => maskSecrets(text, secrets);
	onMask(mask);
	const ctx = readEventContext(env);
	const block = resolveBlockMode(
		inputs.block,
		CHANGE_EVENTS.has(ctx.eventName) || inputs.baseRef !== undefined,
	);
	const workDir = await mkdtemp(join(ctx.tempDir ?? tmpdir(), "pin-audit-"));
	return {
		env,
		inputs,
		ctx,
		mode: resolveMode(inputs.mode, ctx.eventName),
		block,
		mask,
		secrets,
		warn: (text) => core.warning(mask(stripControls(text))),
		workDir,
		getClient: clientFactory(deps, env, inputs, ctx, mask),
	};
}

function clientFactory(
	deps: ActionDependencies,
	env: Readonly<Record<string, string | undefined>>,
	inputs: ActionInputs,
	ctx: EventContext,
	mask: (text: string) => string,
): () => Promise<RestClient> {
	const timings = readNetworkTimings(env);
	let clientPromise: Promise<RestClient> | null = null;
	return () => {
		if (!inputs.token)
			return Promise.reject(new Error("no token (input `token` is empty)"));
		clientPromise ??= (
			deps.createClient ??
			((token, baseUrl) =>
				createOctokit({
					token,
					baseUrl,
					log: (message) => core.info(mask(message)),
					...(timings.requestTimeoutMs !== null
						? { timeoutMs: timings.requestTimeoutMs }
						: {}),
					retryBaseMs: timings.retryBaseMs,
				}))
		)(inputs.token, ctx.apiUrl);
		return clientPromise;
	};
}
