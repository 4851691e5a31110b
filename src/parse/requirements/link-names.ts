// What pip reads from a URL or a path on a requirement line: its scheme, archive extension, file name, extras
// and `#egg=` fragment (pip/_internal/models/link.py, req/constructors.py).

export const VCS_NAMES = ["bzr", "git", "hg", "svn"];
export const VCS_SCHEMES = [
	"bzr+http",
	"bzr+https",
	"bzr+ssh",
	"bzr+sftp",
	"bzr+ftp",
	"bzr+lp",
	"bzr+file",
	"git+http",
	"git+https",
	"git+ssh",
	"git+git",
	"git+file",
	"hg+file",
	"hg+http",
	"hg+https",
	"hg+ssh",
	"hg+static-http",
	"svn+ssh",
	"svn+http",
	"svn+https",
	"svn+svn",
	"svn+file",
];
const ARCHIVE_EXTENSIONS = [
	".zip",
	".whl",
	".tar.bz2",
	".tbz",
	".tar.gz",
	".tgz",
	".tar",
	".tar.xz",
	".txz",
	".tlz",
	".tar.lz",
	".tar.lzma",
];

export function urlScheme(text: string): string | null {
	const colon = text.indexOf(":");
	return colon === -1 ? null : text.slice(0, colon).toLowerCase();
}

export function isUrl(text: string): boolean {
	const scheme = urlScheme(text);
	return (
		scheme !== null &&
		(["http", "https", "file", "ftp"].includes(scheme) ||
			VCS_SCHEMES.includes(scheme))
	);
}

// pip's splitext: like os.path.splitext but keeps `.tar` with the compression suffix.
export function archiveExtension(path: string): string {
	const base = path.slice(path.lastIndexOf("/") + 1);
	const dot = base.lastIndexOf(".");
	// posixpath.splitext ignores leading dots of the file name.
	if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) {
		return "";
	}
	let ext = base.slice(dot);
	const stem = base.slice(0, dot);
	if (stem.toLowerCase().endsWith(".tar")) {
		ext = stem.slice(-4) + ext;
	}
	return ext.toLowerCase();
}

export function isArchive(path: string): boolean {
	return ARCHIVE_EXTENSIONS.includes(archiveExtension(path));
}

// pip's _strip_extras: a trailing `[...]` on a path holds extras.
export function stripExtras(text: string): {
	path: string;
	extras: string | null;
} {
	// pip: re.match(r"^(.+)(\[[^\]]+\])$"): the last `[` that leaves a non-empty path, a non-empty inside
	// and no `]` before the final one (a scan: the regex backtracks quadratically on `[[[[...]`).
	const end = text.length - 1;
	if (end < 0 || text.charCodeAt(end) !== 93)
		return { path: text, extras: null };
	const lastClose = text.lastIndexOf("]", end - 1);
	for (let at = end - 2; at >= 1 && at > lastClose; at--) {
		if (text.charCodeAt(at) === 91)
			return { path: text.slice(0, at), extras: text.slice(at) };
	}
	return { path: text, extras: null };
}

export function looksLikePath(text: string): boolean {
	return text.includes("/") || text.startsWith(".");
}

// The file name of a URL's path, as pip's Link.filename.
export function urlFileName(url: string): string {
	const withoutFragment = url.split("#", 1)[0] ?? "";
	const withoutQuery = withoutFragment.split("?", 1)[0] ?? "";
	const afterScheme = withoutQuery.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, "");
	const pathPart = afterScheme.startsWith("//")
		? afterScheme.slice(2).replace(/^[^/]*/, "")
		: afterScheme;
	let end = pathPart.length;
	while (end > 0 && pathPart.charCodeAt(end - 1) === 47) end--;
	const trimmed = pathPart.slice(0, end);
	const base = trimmed.slice(trimmed.lastIndexOf("/") + 1);
	try {
		return decodeURIComponent(base);
	} catch {
		return base;
	}
}

// pip's Link.egg_fragment.
export function eggFragment(url: string): string | null {
	const match = /[#&]egg=([^&]*)/.exec(url);
	return match?.[1] ? match[1] : null;
}

// PEP 427 file name, as pip's Wheel.wheel_file_re.
export const WHEEL_FILE_RE =
	/^(?<name>[^\s-]+?)-(?<ver>[^\s-]*?)(?:(?:-(?<build>\d[^-]*?))?-(?<pyver>[^\s-]+?)-(?<abi>[^\s-]+?)-(?<plat>[^\s-]+?)\.whl|\.dist-info)$/;
