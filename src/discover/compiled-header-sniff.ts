// Discovery's half of compiled-output recognition: a file whose name says nothing (`requirements.lock`,
// `deps.txt`, `prod.lock`) is a requirements file when its first lines are a pip-compile or uv header.
import { open } from "../async-fs.js";
import { readCompiledHeader } from "./compiled-header.js";
import type { DiscoveredFile } from "./discovered-file.js";

/** The header is within the first dozen lines; this many bytes hold them with room to spare. */
const HEAD_BYTES = 4096;

/** Names worth reading the head of: what pip-compile and uv are told to write with `-o`. */
export function mayBeCompiledOutput(relPath: string): boolean {
	return /\.(txt|lock)$/i.test(relPath);
}

/** The candidates whose head is a compiled-output header; unreadable files are left to be what they are. */
export async function keepCompiledOutputs(
	candidates: readonly DiscoveredFile[],
): Promise<DiscoveredFile[]> {
	const kept: DiscoveredFile[] = [];
	for (const file of candidates)
		if (readCompiledHeader(await readHead(file.absPath)) !== null)
			kept.push(file);
	return kept;
}

async function readHead(absPath: string): Promise<string> {
	try {
		const handle = await open(absPath, "r");
		try {
			const buffer = Buffer.alloc(HEAD_BYTES);
			const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
			return buffer.subarray(0, bytesRead).toString("utf8");
		} finally {
			await handle.close();
		}
	} catch {
		return "";
	}
}
