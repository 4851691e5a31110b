// A package index on loopback speaking PyPI's real formats: the JSON API (`/pypi/<name>/json`,
// `/pypi/<name>/<version>/json`), the PEP 691 Simple API in JSON (with PEP 700 `upload-time`/`versions`,
// PEP 592 `yanked`, PEP 658/714 `core-metadata`) and the `.metadata` files themselves. Faults are injectable:
// every other request failing with 429/500/503, slow or malformed answers, added latency, required auth.
import { createHash } from "node:crypto";
import {
	createServer,
	type IncomingMessage,
	type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRelease {
	version: string;
	/** ISO 8601 UTC; null for an index that does not say (PyPI before 2016 for some files, many mirrors). */
	uploadTime: string | null;
	/** PEP 592: true, or the reason. */
	yanked?: boolean | string;
	requiresDist?: string[];
	requiresPython?: string | null;
	/** Whether the wheel's PEP 658 metadata file is served (default true). */
	metadata?: boolean;
}

export interface FakePackage {
	name: string;
	releases: FakeRelease[];
	/** `[project.urls]` (label -> URL) of every release: JSON `info.project_urls`, `Project-URL` in metadata files. */
	projectUrls?: Record<string, string>;
}

export interface FakeIndexFaults {
	/** Every other request (the 1st, 3rd, ...) answers with this status. */
	failEveryOther?: 429 | 500 | 503 | null;
	/** Sent with injected failures. */
	retryAfter?: string | null;
	/** Added to every answer. */
	latencyMs?: number;
	/** Requests whose path matches wait `slowMs` more. */
	slow?: { path: RegExp; ms: number } | null;
	/** Requests whose path matches get a 200 with a body that is not what was asked for. */
	malformed?: RegExp | null;
	/** When set, requests without exactly this Authorization header get 401. */
	authorization?: string | null;
	/** A rate limiter in front of the index: a request arriving while `limit` others are answered gets 429. */
	overloadAbove?: { limit: number; retryAfter: string | null } | null;
}

export interface FakeIndexRequest {
	method: string;
	path: string;
	headers: IncomingMessage["headers"];
	status: number;
}

export interface FakeIndex {
	/** Root for the JSON API, e.g. http://127.0.0.1:PORT */
	url: string;
	/** Simple API root, `${url}/simple`. */
	simpleUrl: string;
	requests: FakeIndexRequest[];
	faults: FakeIndexFaults;
	/** Largest number of requests being answered at the same moment. */
	maxInFlight(): number;
	/** TCP connections accepted so far (keep-alive reuses them). */
	connections(): number;
	close(): Promise<void>;
}

export async function startFakeIndex(
	packages: FakePackage[],
	faults: FakeIndexFaults = {},
): Promise<FakeIndex> {
	const byName = new Map(packages.map((p) => [normalize(p.name), p]));
	const requests: FakeIndexRequest[] = [];
	let counter = 0;
	let inFlight = 0;
	let maxInFlight = 0;
	let base = "";

	const handle = async (req: IncomingMessage, res: ServerResponse) => {
		const path = new URL(req.url ?? "/", "http://x").pathname;
		const record = (status: number) =>
			requests.push({
				method: req.method ?? "GET",
				path,
				headers: req.headers,
				status,
			});
		const n = counter++;
		const limiter = faults.overloadAbove;
		if (limiter && inFlight >= limiter.limit) {
			const headers: Record<string, string> = { "content-type": "text/plain" };
			if (limiter.retryAfter) headers["retry-after"] = limiter.retryAfter;
			res.writeHead(429, headers).end("slow down");
			record(429);
			return;
		}
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		try {
			if (faults.latencyMs) await delay(faults.latencyMs);
			if (faults.slow?.path.test(path)) await delay(faults.slow.ms);
			if (faults.failEveryOther && n % 2 === 0) {
				const headers: Record<string, string> = {
					"content-type": "text/plain",
				};
				if (faults.retryAfter) headers["retry-after"] = faults.retryAfter;
				res.writeHead(faults.failEveryOther, headers).end("try again later");
				record(faults.failEveryOther);
				return;
			}
			if (
				faults.authorization &&
				req.headers.authorization !== faults.authorization
			) {
				res.writeHead(401, { "www-authenticate": 'Basic realm="fake"' }).end();
				record(401);
				return;
			}
			if (faults.malformed?.test(path)) {
				res
					.writeHead(200, { "content-type": "application/json" })
					.end("<html><body>Gateway says hello</body></html>");
				record(200);
				return;
			}
			const answer = route(path, req.headers.accept ?? "");
			if (answer === null) {
				res.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
				record(404);
				return;
			}
			const etag = `"${createHash("sha256").update(answer.body).digest("hex").slice(0, 16)}"`;
			if (req.headers["if-none-match"] === etag) {
				res.writeHead(304, { etag }).end();
				record(304);
				return;
			}
			res
				.writeHead(200, {
					"content-type": answer.type,
					etag,
					"last-modified": "Tue, 09 Dec 2025 10:00:00 GMT",
				})
				.end(answer.body);
			record(200);
		} finally {
			inFlight--;
		}
	};

	const route = (
		path: string,
		accept: string,
	): { type: string; body: string } | null => {
		let m = /^\/pypi\/([^/]+)\/json$/.exec(path);
		if (m) {
			const pkg = byName.get(normalize(m[1] ?? ""));
			return pkg ? json(pypiProjectJson(pkg, base)) : null;
		}
		m = /^\/pypi\/([^/]+)\/([^/]+)\/json$/.exec(path);
		if (m) {
			const pkg = byName.get(normalize(m[1] ?? ""));
			const release = pkg?.releases.find((r) => r.version === m?.[2]);
			return pkg && release ? json(pypiReleaseJson(pkg, release, base)) : null;
		}
		m = /^\/simple\/([^/]+)\/$/.exec(path);
		if (m) {
			const pkg = byName.get(normalize(m[1] ?? ""));
			if (!pkg) return null;
			if (!accept.includes("application/vnd.pypi.simple.v1+json"))
				return { type: "text/html", body: "<!DOCTYPE html><html></html>" };
			return {
				type: "application/vnd.pypi.simple.v1+json",
				body: JSON.stringify(simpleProjectJson(pkg, base)),
			};
		}
		m = /^\/files\/([^/]+)\.metadata$/.exec(path);
		if (m) {
			for (const pkg of packages)
				for (const release of pkg.releases)
					if (wheelName(pkg, release) === m[1] && release.metadata !== false)
						return { type: "text/plain", body: coreMetadata(pkg, release) };
		}
		return null;
	};

	const server = createServer((req, res) => {
		handle(req, res).catch(() => res.destroy());
	});
	let connections = 0;
	server.on("connection", () => connections++);
	await new Promise<void>((resolve) =>
		server.listen(0, "127.0.0.1", () => resolve()),
	);
	const port = (server.address() as AddressInfo).port;
	base = `http://127.0.0.1:${port}`;
	return {
		url: base,
		simpleUrl: `${base}/simple`,
		requests,
		faults,
		maxInFlight: () => maxInFlight,
		connections: () => connections,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

function json(value: unknown) {
	return { type: "application/json", body: JSON.stringify(value) };
}

function normalize(name: string): string {
	return name.toLowerCase().replace(/[-_.]+/g, "-");
}

function wheelName(pkg: FakePackage, release: FakeRelease): string {
	return `${pkg.name.replace(/[-.]/g, "_")}-${release.version}-py3-none-any.whl`;
}

function sdistName(pkg: FakePackage, release: FakeRelease): string {
	return `${pkg.name.replace(/[-.]/g, "_")}-${release.version}.tar.gz`;
}

function yankedReason(release: FakeRelease): string | null {
	return typeof release.yanked === "string" ? release.yanked : null;
}

/** One file object of PyPI's JSON API (the fields PyPI sends, trimmed of digests we do not check). */
function pypiFile(filename: string, release: FakeRelease, base: string) {
	return {
		filename,
		packagetype: filename.endsWith(".whl") ? "bdist_wheel" : "sdist",
		python_version: filename.endsWith(".whl") ? "py3" : "source",
		requires_python: release.requiresPython ?? null,
		size: 1234,
		upload_time: release.uploadTime?.replace(/\.\d+Z$|Z$/, "") ?? null,
		upload_time_iso_8601: release.uploadTime,
		url: `${base}/files/${filename}`,
		yanked: release.yanked !== undefined && release.yanked !== false,
		yanked_reason: yankedReason(release),
		digests: { sha256: createHash("sha256").update(filename).digest("hex") },
	};
}

function pypiInfo(pkg: FakePackage, release: FakeRelease) {
	return {
		name: pkg.name,
		version: release.version,
		requires_dist:
			release.requiresDist && release.requiresDist.length > 0
				? release.requiresDist
				: null,
		requires_python: release.requiresPython ?? "",
		summary: `${pkg.name} for tests`,
		// PyPI: null when the release's metadata has no Project-URL (nor Home-page / Download-URL).
		project_urls: pkg.projectUrls ?? null,
		yanked: release.yanked !== undefined && release.yanked !== false,
		yanked_reason: yankedReason(release),
	};
}

function pypiReleaseJson(pkg: FakePackage, release: FakeRelease, base: string) {
	return {
		info: pypiInfo(pkg, release),
		last_serial: 1,
		urls: [
			pypiFile(wheelName(pkg, release), release, base),
			pypiFile(sdistName(pkg, release), release, base),
		],
		vulnerabilities: [],
	};
}

function pypiProjectJson(pkg: FakePackage, base: string) {
	const latest = pkg.releases.at(-1);
	return {
		info: latest ? pypiInfo(pkg, latest) : {},
		last_serial: 1,
		releases: Object.fromEntries(
			pkg.releases.map((r) => [
				r.version,
				[
					pypiFile(wheelName(pkg, r), r, base),
					pypiFile(sdistName(pkg, r), r, base),
				],
			]),
		),
		urls: [],
		vulnerabilities: [],
	};
}

function simpleProjectJson(pkg: FakePackage, base: string) {
	return {
		meta: { "api-version": "1.1", _last_serial: 1 },
		name: normalize(pkg.name),
		versions: pkg.releases.map((r) => r.version),
		files: pkg.releases.flatMap((r) => {
			const yanked =
				r.yanked === undefined || r.yanked === false ? false : r.yanked;
			const metadata =
				r.metadata === false
					? false
					: {
							sha256: createHash("sha256")
								.update(coreMetadata(pkg, r))
								.digest("hex"),
						};
			return [
				{
					filename: wheelName(pkg, r),
					// Relative, as devpi and others send: resolved against the page URL.
					url: `../../files/${wheelName(pkg, r)}`,
					hashes: { sha256: "0".repeat(64) },
					"requires-python": r.requiresPython ?? null,
					"core-metadata": metadata,
					"data-dist-info-metadata": metadata,
					size: 1234,
					...(r.uploadTime === null ? {} : { "upload-time": r.uploadTime }),
					yanked,
				},
				{
					filename: sdistName(pkg, r),
					url: `${base}/files/${sdistName(pkg, r)}`,
					hashes: { sha256: "1".repeat(64) },
					"requires-python": r.requiresPython ?? null,
					size: 2345,
					...(r.uploadTime === null ? {} : { "upload-time": r.uploadTime }),
					yanked,
				},
			];
		}),
	};
}

/** A METADATA file as wheels carry it (core metadata 2.4, RFC 822 headers, then the description). */
export function coreMetadata(pkg: FakePackage, release: FakeRelease): string {
	const lines = [
		"Metadata-Version: 2.4",
		`Name: ${pkg.name}`,
		`Version: ${release.version}`,
		"Summary: a package for tests",
		"License-Expression: MIT",
		"Classifier: Programming Language :: Python :: 3",
	];
	if (release.requiresPython)
		lines.push(`Requires-Python: ${release.requiresPython}`);
	for (const r of release.requiresDist ?? []) lines.push(`Requires-Dist: ${r}`);
	for (const [label, url] of Object.entries(pkg.projectUrls ?? {}))
		lines.push(`Project-URL: ${label}, ${url}`);
	lines.push(
		"Description-Content-Type: text/markdown",
		"",
		`# ${pkg.name}`,
		"",
		"Requires-Dist: not-a-header",
	);
	return `${lines.join("\n")}\n`;
}

function delay(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}
