// The JSON reports the action leaves for later steps (`report`, `drift` outputs), written in pieces with every
// credential masked: a fleet's audit report runs to ~130 MB of JSON, and is never one string (json-pieces.ts).
import { open } from "node:fs/promises";
import { maskedSegments } from "../report/masked-segments.js";

export async function writeReportFile(
	path: string,
	pieces: Iterable<string>,
	secrets: readonly string[],
): Promise<void> {
	const handle = await open(path, "w");
	try {
		for (const segment of maskedSegments(pieces, secrets))
			await handle.write(segment);
	} finally {
		await handle.close();
	}
}
