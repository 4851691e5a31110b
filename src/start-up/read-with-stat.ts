// A file's bytes with the size and modification time of the very file they were read from (one open, one fstat):
// the engine's source and its code cache are both named and checked by these.
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";

/** Throws as fs does. */
export function readWithStat(file: string): {
	bytes: Buffer;
	size: number;
	modified: number;
} {
	const fd = openSync(file, "r");
	try {
		const stat = fstatSync(fd);
		return { bytes: readFileSync(fd), size: stat.size, modified: stat.mtimeMs };
	} finally {
		closeSync(fd);
	}
}
