#!/usr/bin/env node
// The entry of the pre-commit hook (.pre-commit-hooks.yaml, `language: script`): the committed bundle, run by the
// `node` on PATH, so installing the hook downloads nothing (pre-commit's `language: node` would install every
// development dependency of this repository, Node 24 included).
const major = Number(process.versions.node.split(".")[0]);
if (major < 20) {
	process.stderr.write(
		`pin-audit: needs Node.js 20 or newer on PATH; this is ${process.version}\n`,
	);
	process.exit(2);
}
await import("../dist/cli.js");
