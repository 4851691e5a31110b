// Where a report goes: the --output file (opened before any work, so that a typo in its path fails fast) or
// stdout, in pieces, with every index credential masked.
import { type FileHandle, open } from "../async-fs.js";
import { ConfigurationError } from "../errors.js";
import { maskedSegments } from "../report/masked-segments.js";

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

/** Writes the pieces to the output file or stdout, every secret masked (see report/masked-segments.ts). */
export async function writeMasked(
	chunks: Iterable<string>,
	secrets: readonly string[],
	output: Output | null,
	stdout: (text: string) => void | Promise<void>,
): Promise<void> {
	for (const segment of maskedSegments(chunks, secrets)) {
		if (output) await writeOutput(output, segment);
		else await stdout(segment);
	}
}
