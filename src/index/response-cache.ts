// On-disk cache for conditional requests: one JSON file per (URL, Accept), holding the validators and the
// body. The directory can be kept between workflow runs with actions/cache. Credentials are never stored:
// URLs reaching here have none, and headers are not kept.

import { join } from "node:path";
import { mkdir, readFile, rename, writeFile } from "../async-fs.js";

export interface CachedResponse {
	etag: string | null;
	lastModified: string | null;
	body: string;
}

export interface ResponseCache {
	read(url: string, accept: string): Promise<CachedResponse | null>;
	write(url: string, accept: string, entry: CachedResponse): Promise<void>;
}

const FORMAT = 1;

// node:crypto takes 6 ms to load (36 of Node's modules): only a run with a cache directory loads it, when it first
// names an entry, and an online run without one (the CLI's default) never does.
let cryptoModule: Promise<typeof import("node:crypto")> | undefined;

export function createResponseCache(dir: string): ResponseCache {
	const fileFor = async (url: string, accept: string) => {
		cryptoModule ??= import("node:crypto");
		const { createHash } = await cryptoModule;
		return join(
			dir,
			`${createHash("sha256").update(`${url}\n${accept}`).digest("hex")}.json`,
		);
	};
	return {
		async read(url, accept) {
			try {
				const parsed = JSON.parse(
					await readFile(await fileFor(url, accept), "utf8"),
				) as Partial<CachedResponse & { format: number; url: string }>;
				if (
					parsed.format !== FORMAT ||
					parsed.url !== url ||
					typeof parsed.body !== "string"
				)
					return null;
				return {
					etag: typeof parsed.etag === "string" ? parsed.etag : null,
					lastModified:
						typeof parsed.lastModified === "string"
							? parsed.lastModified
							: null,
					body: parsed.body,
				};
			} catch {
				// A missing or damaged entry is a cache miss, never an audit failure.
				return null;
			}
		},
		async write(url, accept, entry) {
			try {
				await mkdir(dir, { recursive: true });
				const file = await fileFor(url, accept);
				// Write then rename: a concurrent reader sees the old entry or the new one, never half of one.
				const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
				await writeFile(
					temp,
					JSON.stringify({ format: FORMAT, url, accept, ...entry }),
				);
				await rename(temp, file);
			} catch {
				// An unwritable cache directory only costs speed.
			}
		},
	};
}
