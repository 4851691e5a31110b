// Where a report goes: the --output file (opened before any work, so that a typo in its path fails fast) or
// stdout, in pieces, with every index credential masked.
import { type FileHandle, open } from "node:fs/promises";
import { ConfigurationError } from "../errors.js";
import { maskSecrets } from "../index/index-endpoint.js";

export interface Output {
	file: string;
	handle: FileHandle;
}

export async function openOutput(
	file: string | undefined,
): Promise<Output | null> {
	if (file === undefined || file === "") return null;
	let handle: FileHandle;
	try {
		handle = await open(file, "w");
	} catch (error) {
		throw cannotWrite(file, error);
	}
	return { file, handle };
}

/** Runs `work` with the --output file open, and closes it afterwards whatever happens. */
export async function withOutput<T>(
	file: string | undefined,
	work: (output: Output | null) => Promise<T>,
): Promise<T> {
	const output = await openOutput(file);
	try {
		return await work(output);
	} finally {
		await output?.handle.close();
	}
}

export async function writeOutput(output: Output, text: string): Promise<void> {
	try {
		await output.handle.write(text);
	} catch (error) {
		throw cannotWrite(output.file, error);
	}
}

const FS_REASONS: Record<string, string> = {
	ENOENT: "no such directory",
	EISDIR: "is a directory",
	ENOTDIR: "a parent is not a directory",
	EACCES: "permission denied",
	EPERM: "permission denied",
	ENOSPC: "no space left on the device",
};

function cannotWrite(file: string, error: unknown): ConfigurationError {
	const code = (error as { code?: unknown } | null)?.code;
	const reason =
		(typeof code === "string" ? FS_REASONS[code] : undefined) ??
		(error instanceof Error ? error.message : String(error));
	return new ConfigurationError(`cannot write ${file}: ${reason}`);
}

/**
 * Output is written in pieces of about this many characters: under V8's 128 KB large-object size, so each piece
 * (and its encoded copy) is freed by the young generation's quick collections, not left for a full one.
 */
const WRITE_CHUNK = 1 << 16;

/**
 * Writes the pieces to the output file or stdout, masking secrets. Masking is exact: text is only cut after a
 * newline and no secret spans one (a secret with a newline in it makes the output one piece).
 */
export async function writeMasked(
	chunks: Iterable<string>,
	secrets: readonly string[],
	output: Output | null,
	stdout: (text: string) => void | Promise<void>,
): Promise<void> {
	const whole = secrets.some((secret) => secret.includes("\n"));
	const emit = async (text: string) => {
		const masked = maskSecrets(text, secrets);
		if (output) await writeOutput(output, masked);
		else await stdout(masked);
	};
	let pending = "";
	for (const chunk of chunks) {
		pending += chunk;
		if (whole || pending.length < WRITE_CHUNK) continue;
		const cut = pending.lastIndexOf("\n") + 1;
		if (cut === 0) continue;
		await emit(pending.slice(0, cut));
		pending = pending.slice(cut);
	}
	if (pending.length > 0) await emit(pending);
}
