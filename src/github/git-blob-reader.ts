// A commit's blobs read through one `git cat-file --batch` process, by object id, instead of one `git cat-file blob`
// process per file: a fleet's base has thousands of dependency files, and on the machines measured each git process
// cost ~10 ms of start-up and exec (300 projects compared with their base: 14 s, of it 900 processes; bench/results.md,
// round 13). Requests go down one pipe and git answers them in order: `<oid> blob <size>\n<bytes>\n`, or
// `<name> missing\n`. Object ids from `git ls-tree` only, never paths: a path may hold a newline, which the batch
// protocol cannot carry. Like runGit: no shell, no prompt, and a bound on how long git may stay silent.
import { type ChildProcess, spawn } from "node:child_process";
import {
	GIT_OUTPUT_BYTES,
	GIT_TIMEOUT_MS,
	gitEnvironment,
} from "./git-process.js";

export interface BlobReader {
	/** The raw bytes of blob `oid` (rejects when git says it is missing or not a blob, or git fails). */
	read(oid: string): Promise<Buffer>;
	/** Ends git's input; git exits once it has answered. Reads after this reject. */
	close(): void;
}

interface Waiter {
	oid: string;
	resolve(bytes: Buffer): void;
	reject(error: Error): void;
}

export function openBlobReader(
	repoDir: string,
	maxBytes: number = GIT_OUTPUT_BYTES,
): BlobReader {
	const child = spawnCatFileBatch(repoDir);
	const waiting: Waiter[] = [];
	const parser = createBatchParser(waiting, maxBytes);
	let failure: Error | null = null;
	let closed = false;
	let timer: NodeJS.Timeout | undefined;
	const watch = () => {
		clearTimeout(timer);
		timer =
			waiting.length === 0
				? undefined
				: setTimeout(
						() => fail(new Error("git cat-file did not answer in time")),
						GIT_TIMEOUT_MS,
					);
	};
	const fail = (error: Error) => {
		failure ??= error;
		clearTimeout(timer);
		for (const waiter of waiting.splice(0)) waiter.reject(failure);
		child.kill();
	};
	child.stdout?.on("data", (chunk: Buffer) => {
		try {
			parser(chunk);
		} catch (error) {
			fail(error as Error);
			return;
		}
		watch();
	});
	onExit(child, fail);
	return {
		read(oid) {
			if (!/^[0-9a-f]{40,64}$/.test(oid))
				return Promise.reject(new Error(`not an object id: ${oid}`));
			if (closed) return Promise.reject(new Error("the blob reader is closed"));
			if (failure !== null) return Promise.reject(failure);
			return new Promise<Buffer>((resolve, reject) => {
				waiting.push({ oid, resolve, reject });
				if (waiting.length === 1) watch();
				child.stdin?.write(`${oid}\n`);
			});
		},
		close() {
			closed = true;
			child.stdin?.end();
			if (waiting.length === 0) clearTimeout(timer);
		},
	};
}

/** `git cat-file --batch`, run as git-process.ts says. */
function spawnCatFileBatch(repoDir: string): ChildProcess {
	return spawn("git", ["cat-file", "--batch"], {
		cwd: repoDir,
		stdio: ["pipe", "pipe", "pipe"],
		env: gitEnvironment(),
	});
}

/** Calls `fail` when git cannot start or has exited, with what git said on stderr (or how it ended). */
function onExit(child: ChildProcess, fail: (error: Error) => void): void {
	let stderr = "";
	child.stderr?.on("data", (chunk: Buffer) => {
		if (stderr.length < 2000) stderr += chunk.toString("utf8");
	});
	child.on("error", (error) =>
		fail(new Error(`git cat-file failed: ${error.message}`)),
	);
	// After its last answer: a read still waiting, or asked later, has none coming.
	child.on("close", (code, signal) => {
		const how = signal === null ? `exit status ${code}` : `killed by ${signal}`;
		fail(
			new Error(`git cat-file failed: ${stderr.trim() || how}`.slice(0, 2000)),
		);
	});
	// A write after git went away: its reads are rejected by the close above.
	child.stdin?.on("error", () => {});
}

interface Body {
	size: number;
	type: string;
	/** Over the reader's bound: its waiter was rejected, and this many of its bytes (and the LF) have gone by. */
	refused?: boolean;
	dropped: number;
}

/** Reads git's answers from stdout, one after another, settling the oldest waiter with each. */
function createBatchParser(
	waiting: Waiter[],
	maxBytes: number,
): (chunk: Buffer) => void {
	let pending: Buffer[] = [];
	let pendingBytes = 0;
	// The body still to come once its header has been read (its size; the LF after it is not part of it).
	let body: Body | null = null;
	// A view, not a copy: the blobs of one chunk keep that chunk, which the written tree needed anyway.
	const take = (count: number): Buffer => {
		const all =
			pending.length === 1
				? (pending[0] as Buffer)
				: Buffer.concat(pending, pendingBytes);
		const rest = all.subarray(count);
		pending = rest.length === 0 ? [] : [rest];
		pendingBytes = rest.length;
		return all.subarray(0, count);
	};
	return (chunk) => {
		pending.push(chunk);
		pendingBytes += chunk.length;
		for (;;) {
			const waiter = waiting[0];
			if (body === null) {
				const newline = indexOfNewline(pending);
				if (newline === -1) return;
				const header = take(newline + 1)
					.toString("utf8")
					.slice(0, -1);
				if (waiter === undefined)
					throw new Error(
						`git cat-file answered what was not asked: ${header.slice(0, 200)}`,
					);
				body = readHeader(header, waiter.oid);
				if (body === null) {
					waiting.shift();
					waiter.reject(new Error(`git cat-file: ${header.slice(0, 200)}`));
					continue;
				}
			}
			if (body.size > maxBytes) {
				// Refused at its header, its bytes let through without being kept: a hostile link or file in a
				// commit cannot make the reader hold more than a blob the audit would read.
				if (!body.refused) {
					body.refused = true;
					waiting.shift();
					waiter?.reject(
						new Error(`object ${waiter.oid} is larger than ${maxBytes} bytes`),
					);
				}
				const dropped = Math.min(pendingBytes, body.size + 1 - body.dropped);
				take(dropped);
				body.dropped += dropped;
				if (body.dropped < body.size + 1) return;
				body = null;
				continue;
			}
			if (pendingBytes < body.size + 1) return;
			const bytes = take(body.size + 1).subarray(0, body.size);
			const { type } = body;
			body = null;
			waiting.shift();
			if (type === "blob") waiter?.resolve(bytes);
			else
				waiter?.reject(
					new Error(`object ${waiter.oid} is a ${type}, not a blob`),
				);
		}
	};
}

/** What a header announces: a body of `size` bytes, or null for `<name> missing` (no body follows). */
function readHeader(header: string, oid: string): Body | null {
	const match = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
	if (match === null) {
		if (header.startsWith(`${oid} `)) return null;
		throw new Error(`git cat-file answered "${header.slice(0, 200)}"`);
	}
	if (match[1] !== oid)
		throw new Error(`git cat-file answered ${match[1]} for ${oid}`);
	return { size: Number(match[3]), type: match[2] as string, dropped: 0 };
}

function indexOfNewline(chunks: readonly Buffer[]): number {
	let offset = 0;
	for (const chunk of chunks) {
		const at = chunk.indexOf(10);
		if (at !== -1) return offset + at;
		offset += chunk.length;
	}
	return -1;
}
