// The checkout on disk as a PathView for resolve-path.ts: lstat and readlink, never following a link itself.
import { lstatSync, readlinkSync, type Stats } from "node:fs";
import { join } from "node:path";
import { lstat, readlink } from "../async-fs.js";
import { isUsingBlockingReads } from "./read-file-bytes.js";
import type { NodeKind, PathView } from "./resolve-path.js";

export function fsPathView(rootReal: string): PathView {
	const abs = (path: string) =>
		path === "" ? rootReal : join(rootReal, ...path.split("/"));
	return {
		async lstat(path: string): Promise<NodeKind> {
			try {
				return kindOf(
					isUsingBlockingReads()
						? lstatSync(abs(path))
						: await lstat(abs(path)),
				);
			} catch {
				return "missing";
			}
		},
		async readlink(path: string): Promise<string> {
			return isUsingBlockingReads()
				? readlinkSync(abs(path), "utf8")
				: readlink(abs(path), "utf8");
		},
		underRoot(absolute: string): string | null {
			// Not normalized: a `..` after the root's prefix is resolved link by link like any other.
			if (absolute === rootReal) return "";
			return absolute.startsWith(`${rootReal}/`)
				? absolute.slice(rootReal.length + 1)
				: null;
		},
	};
}

function kindOf(info: Stats): NodeKind {
	if (info.isSymbolicLink()) return "link";
	if (info.isDirectory()) return "dir";
	return info.isFile() ? "file" : "other";
}
