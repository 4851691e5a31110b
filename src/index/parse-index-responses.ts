// Pure readers for what indexes answer: PyPI's JSON API, the PEP 691 Simple API in JSON form (with PEP 700
// upload times and versions, PEP 592 yanking, PEP 658/714 metadata files) and core metadata files
// (METADATA, an RFC 822 header block). They never throw: a malformed answer is an error string.
import { normalizeName } from "../model/normalize-name.js";
import { parseVersion } from "../pep440/version.js";
import type {
	IndexLookup,
	ReleaseFacts,
	ReleaseSummary,
} from "./index-facts.js";
import {
	type ProjectLinks,
	readJsonProjectUrls,
	readMetadataProjectUrls,
} from "./project-urls.js";

type Json = Record<string, unknown>;

/** PyPI JSON API `/pypi/<name>/<version>/json`. */
export function parsePypiReleaseJson(text: string): IndexLookup<ReleaseFacts> {
	const root = parseJsonObject(text);
	if (root === null) return malformed("PyPI JSON API", text);
	const info = root.info;
	if (!isObject(info) || typeof info.version !== "string")
		return { ok: false, error: "PyPI JSON API answer has no info.version" };
	const files = Array.isArray(root.urls) ? root.urls.filter(isObject) : [];
	const projectUrls = readJsonProjectUrls(info);
	const yanked =
		info.yanked === true ||
		(files.length > 0 && files.every((f) => f.yanked === true));
	const reason =
		stringOrNull(info.yanked_reason) ??
		files.map((f) => stringOrNull(f.yanked_reason)).find((r) => r !== null) ??
		null;
	return {
		ok: true,
		value: {
			version: normalizeVersionText(info.version),
			yanked,
			yankedReason: yanked ? nonEmpty(reason) : null,
			uploadTime: earliest(
				files.map((f) => stringOrNull(f.upload_time_iso_8601 ?? f.upload_time)),
			),
			requiresDist: Array.isArray(info.requires_dist)
				? info.requires_dist.filter((r): r is string => typeof r === "string")
				: // PyPI says null both for "no dependencies" and "unknown"; a release with files that has
					// null requires_dist declared none in its METADATA (PyPI extracts it on upload).
					[],
			requiresPython: nonEmpty(stringOrNull(info.requires_python)),
			...(projectUrls === null ? {} : { projectUrls }),
		},
	};
}

/**
 * PyPI JSON API `/pypi/<name>/json`: every release with its files. A release without files (registered, never
 * uploaded, or every file deleted) is left out: nothing can install it. Order: as the index sent it.
 */
export function parsePypiProjectJson(
	text: string,
): IndexLookup<ReleaseSummary[]> {
	const root = parseJsonObject(text);
	if (root === null || !isObject(root.releases))
		return malformed("PyPI JSON API", text);
	const out: ReleaseSummary[] = [];
	for (const [raw, value] of Object.entries(root.releases)) {
		const files = Array.isArray(value) ? value.filter(isObject) : [];
		if (files.length === 0) continue;
		// PEP 592: a release counts as yanked when all of its files are.
		const yanked = files.every((f) => f.yanked === true);
		out.push({
			version: normalizeVersionText(raw),
			yanked,
			yankedReason: yanked
				? (files
						.map((f) => nonEmpty(stringOrNull(f.yanked_reason)))
						.find((r) => r !== null) ?? null)
				: null,
			uploadTime: earliest(
				files.map((f) => stringOrNull(f.upload_time_iso_8601 ?? f.upload_time)),
			),
			requiresPython:
				files
					.map((f) => nonEmpty(stringOrNull(f.requires_python)))
					.find((r) => r !== null) ?? null,
		});
	}
	return { ok: true, value: out };
}

/** One distribution file of a Simple API project page. */
export interface SimpleFile {
	filename: string;
	url: string;
	/** PEP 440 normalized version read from the file name; null when the name does not say. */
	version: string | null;
	yanked: boolean;
	yankedReason: string | null;
	uploadTime: string | null;
	requiresPython: string | null;
	/** PEP 658/714: `<url>.metadata` exists. */
	hasMetadata: boolean;
}

export interface SimpleProject {
	name: string;
	files: SimpleFile[];
	/** PEP 700 `versions`, when the index sends it. */
	versions: string[] | null;
}

/** PEP 691 JSON project page (`application/vnd.pypi.simple.v1+json`). `pageUrl` resolves relative file URLs. */
export function parseSimpleProjectJson(
	text: string,
	pageUrl: string,
	name: string,
): IndexLookup<SimpleProject> {
	const root = parseJsonObject(text);
	if (root === null || !Array.isArray(root.files))
		return malformed("Simple API (PEP 691)", text);
	const files: SimpleFile[] = [];
	for (const file of root.files) {
		if (
			!isObject(file) ||
			typeof file.filename !== "string" ||
			typeof file.url !== "string"
		)
			continue;
		let url: string;
		try {
			url = new URL(file.url, pageUrl).toString();
		} catch {
			continue;
		}
		// PEP 714 renamed `data-dist-info-metadata` to `core-metadata`; indexes may send either.
		const metadata = file["core-metadata"] ?? file["data-dist-info-metadata"];
		files.push({
			filename: file.filename,
			url,
			version: versionFromFilename(file.filename, name),
			// PEP 592 (as PEP 691 spells it): false, true, or a non-empty reason string.
			yanked: file.yanked === true || typeof file.yanked === "string",
			yankedReason:
				typeof file.yanked === "string" ? nonEmpty(file.yanked) : null,
			uploadTime: stringOrNull(file["upload-time"]),
			requiresPython: nonEmpty(stringOrNull(file["requires-python"])),
			hasMetadata:
				metadata === true || (isObject(metadata) && metadata !== null),
		});
	}
	const versions = Array.isArray(root.versions)
		? root.versions
				.filter((v): v is string => typeof v === "string")
				.map(normalizeVersionText)
		: null;
	return {
		ok: true,
		value: {
			name: typeof root.name === "string" ? root.name : name,
			files,
			versions,
		},
	};
}

/** What a Simple project page says about one version; null when the page has no file of it. */
export function summarizeSimpleRelease(
	project: SimpleProject,
	version: string,
): Omit<ReleaseFacts, "requiresDist"> | null {
	const files = project.files.filter((f) => f.version === version);
	if (files.length === 0) return null;
	// PEP 592: a release counts as yanked when all of its files are.
	const yanked = files.every((f) => f.yanked);
	return {
		version,
		yanked,
		yankedReason: yanked
			? (files.map((f) => f.yankedReason).find((r) => r !== null) ?? null)
			: null,
		uploadTime: earliest(files.map((f) => f.uploadTime)),
		requiresPython:
			files.map((f) => f.requiresPython).find((r) => r !== null) ?? null,
	};
}

/** Every release a Simple project page has files of (files whose name says no version are left out). */
export function summarizeSimpleReleases(
	project: SimpleProject,
): ReleaseSummary[] {
	const versions = new Set<string>();
	for (const file of project.files)
		if (file.version !== null) versions.add(file.version);
	return [...versions].flatMap((version) => {
		const summary = summarizeSimpleRelease(project, version);
		return summary === null ? [] : [summary];
	});
}

/** The file whose PEP 658 metadata to read: a wheel first (its METADATA is static), then any file. */
export function pickMetadataFile(
	project: SimpleProject,
	version: string,
): SimpleFile | null {
	const candidates = project.files.filter(
		(f) => f.version === version && f.hasMetadata,
	);
	return (
		candidates.find((f) => f.filename.endsWith(".whl")) ?? candidates[0] ?? null
	);
}

export interface CoreMetadata {
	requiresDist: string[];
	requiresPython: string | null;
	/** From `Project-URL` headers; absent when they name no changelog or source. */
	projectUrls?: ProjectLinks;
}

/** Core metadata (METADATA / PKG-INFO): RFC 822 style headers up to the first empty line. */
export function parseCoreMetadata(text: string): IndexLookup<CoreMetadata> {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	const headers: [string, string][] = [];
	for (const line of lines) {
		if (line === "") break;
		if (/^[ \t]/.test(line)) {
			const last = headers.at(-1);
			if (last) last[1] += `\n${line.trim()}`;
			continue;
		}
		const colon = line.indexOf(":");
		if (colon <= 0) continue;
		headers.push([
			line.slice(0, colon).trim().toLowerCase(),
			line.slice(colon + 1).trim(),
		]);
	}
	if (!headers.some(([k]) => k === "metadata-version" || k === "name"))
		return malformed("core metadata file", text);
	const projectUrls = readMetadataProjectUrls(
		headers.filter(([k]) => k === "project-url").map(([, v]) => v),
	);
	return {
		ok: true,
		value: {
			...(projectUrls === null ? {} : { projectUrls }),
			requiresDist: headers
				.filter(([k]) => k === "requires-dist")
				.map(([, v]) => v),
			requiresPython: nonEmpty(
				headers.find(([k]) => k === "requires-python")?.[1] ?? null,
			),
		},
	};
}

/**
 * The version in a distribution file name. Wheels (binary distribution format spec): `{name}-{version}-...whl`
 * with `-` escaped in both parts; sdists: `{name}-{version}.tar.gz|.zip` where old sdists may keep `-` in the
 * name, so the split is the one whose prefix normalizes to the project name.
 */
export function versionFromFilename(
	filename: string,
	project: string,
): string | null {
	const wanted = normalizeName(project);
	const wheel = /^(.+?)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/i.exec(
		filename,
	);
	if (wheel) {
		const version = parseVersion(wheel[2] ?? "");
		return version !== null && normalizeName(wheel[1] ?? "") === wanted
			? version.text
			: null;
	}
	const stem = /^(.+)\.(tar\.gz|zip|tar\.bz2|tgz|tar\.xz|tar)$/i.exec(
		filename,
	)?.[1];
	if (stem === undefined) {
		const egg = /^(.+?)-([^-]+)(?:-.*)?\.egg$/i.exec(filename);
		return egg ? (parseVersion(egg[2] ?? "")?.text ?? null) : null;
	}
	for (let i = stem.indexOf("-"); i !== -1; i = stem.indexOf("-", i + 1)) {
		if (normalizeName(stem.slice(0, i)) !== wanted) continue;
		const version = parseVersion(stem.slice(i + 1));
		if (version !== null) return version.text;
	}
	return null;
}

function normalizeVersionText(text: string): string {
	return parseVersion(text)?.text ?? text;
}

function earliest(times: (string | null)[]): string | null {
	let best: { text: string; at: number } | null = null;
	for (const text of times) {
		if (text === null) continue;
		const at = Date.parse(text);
		if (Number.isNaN(at)) continue;
		if (best === null || at < best.at) best = { text, at };
	}
	return best === null ? null : new Date(best.at).toISOString();
}

function parseJsonObject(text: string): Json | null {
	try {
		const value: unknown = JSON.parse(text);
		return isObject(value) ? value : null;
	} catch {
		return null;
	}
}

/**
 * Says what kind of body came, never quoting it: an index (or a proxy in front of it) may echo the request,
 * Authorization header included, and a quoted prefix could carry part of a credential past any masking.
 */
function malformed(what: string, text: string): { ok: false; error: string } {
	const start = text.trimStart();
	const kind =
		start === ""
			? "an empty body"
			: start.startsWith("<")
				? "an HTML or XML page, not JSON"
				: parseJsonObject(text) !== null || /^[[{]/.test(start)
					? isJson(text)
						? "JSON of an unexpected shape"
						: "invalid JSON"
					: "not JSON";
	return {
		ok: false,
		error: `malformed ${what} answer (${kind}, ${Buffer.byteLength(text)} bytes)`,
	};
}

function isJson(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

function isObject(value: unknown): value is Json {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
	return typeof value === "string" ? value : null;
}

function nonEmpty(value: string | null): string | null {
	return value === null || value.trim() === "" ? null : value;
}
