// Combinations that install cleanly but break at import or first use, because no package's metadata says
// so. Each row names where the fact comes from.

export interface KnownIncompatibility {
	/** The package whose versions break... */
	package: { name: string; specifier: string };
	/** ...together with these versions of another package. */
	with: { name: string; specifier: string };
	/** What goes wrong, and what to change. */
	problem: string;
	source: string;
}

export const KNOWN_INCOMPATIBILITIES: readonly KnownIncompatibility[] = [
	{
		package: { name: "mcp", specifier: "<=1.27.0" },
		with: { name: "httpx", specifier: ">=1.0.dev0" },
		problem:
			"httpx 1.0 pre-releases are an incompatible rewrite and `import mcp` fails with them; mcp up to 1.27.0 declares no upper bound on httpx. Pin httpx below 1.0 (httpx>=0.27.1,<1) or move to mcp>=1.27.1, which declares httpx<1.0.0",
		source:
			"encode/httpx CHANGELOG; modelcontextprotocol/python-sdk PR #2559 (facts/mcp-stack.md)",
	},
	{
		package: { name: "openai", specifier: ">=1.0.0,<1.55.3" },
		with: { name: "httpx", specifier: ">=0.28" },
		problem:
			"httpx 0.28 removed `proxies=`, which these openai releases pass to httpx.Client (`TypeError: Client.__init__() got an unexpected keyword argument 'proxies'`). Upgrade to openai>=1.55.3 or keep httpx<0.28",
		source:
			'openai/openai-python CHANGELOG 1.55.3 (2024-11-28): "compat with new httpx 0.28.0 release" (#1904), issue #1902; encode/httpx CHANGELOG 0.28.0',
	},
	{
		package: { name: "anthropic", specifier: "<0.40.0" },
		with: { name: "httpx", specifier: ">=0.28" },
		problem:
			"httpx 0.28 removed `proxies=`, which these anthropic releases pass to httpx.Client (`TypeError: ... unexpected keyword argument 'proxies'`). Upgrade to anthropic>=0.40.0 or keep httpx<0.28",
		source:
			'anthropics/anthropic-sdk-python CHANGELOG 0.40.0 (2024-11-28): "compat with new httpx 0.28.0 release" (#765); encode/httpx CHANGELOG 0.28.0',
	},
];
