// The JSON reports the action leaves for later steps (`report`, `drift` outputs), written in pieces with every
// credential masked: a fleet's audit report runs to ~130 MB of JSON, and is never one string (json-pieces.ts).
import { open, rm } from "node:fs/promises";
import { maskedSegments } from "../report/masked-segments.js";

export async function writeReportFile(
	path: string,
	pieces: Iterable<string>,
	secrets: readonly string[],
): Promise<void> {
	const handle = await open(path, "w");
	let written = false;
	try {
		for (const segment of maskedSegments(pieces, secrets))
			await handle.write(segment);
		written = true;
	} finally {
		await handle.close();
		// A report that failed to render or write is no report: a later step must not read half of one.
		if (!written) await rm(path, { force: true });
	}
}
