// What each mcp release declares on the packages that break MCP servers when mispinned (httpx, httpx-sse,
// anyio, pydantic, starlette, sse-starlette, uvicorn), shipped as data so the dependency check works without a
// package index (`--offline`, or an index that cannot be reached). Partial by design: only these packages.
//
// Source of every row: `[project] dependencies` in modelcontextprotocol/python-sdk's pyproject.toml at the
// release tags named in the row, as collected in shared/facts/mcp-stack.md (from the release tags, the
// encode/httpx CHANGELOG and python-sdk PR #2559). Markers are written as packaging prints them.

export interface KnownRequirementsRow {
	/** The mcp releases the row covers, as a PEP 440 specifier set. */
	versions: string;
	/** `Requires-Python` of those releases; null when the facts do not say. */
	requiresPython: string | null;
	/** `Requires-Dist` entries on the packages in scope (PEP 508). */
	requiresDist: readonly string[];
	/** Where the row comes from. */
	source: string;
}

/** The packages whose requirements the table records. */
export const KNOWN_REQUIREMENT_SCOPE: readonly string[] = [
	"anyio",
	"httpx",
	"httpx-sse",
	"pydantic",
	"starlette",
	"sse-starlette",
	"uvicorn",
];

const TAG = (tags: string) =>
	`modelcontextprotocol/python-sdk pyproject.toml at ${tags} (facts/mcp-stack.md)`;

export const MCP_KNOWN_REQUIREMENTS: readonly KnownRequirementsRow[] = [
	{
		versions: "==1.0.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.6",
			"httpx>=0.27",
			"httpx-sse>=0.4",
			"pydantic>=2.8.0",
			"starlette>=0.39",
			"sse-starlette>=2.0",
		],
		source: TAG("v1.0.0"),
	},
	// 1.1.0 is not covered: the facts start the 1.1 series at 1.1.1.
	{
		versions: "==1.1.1",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx>=0.27",
			"httpx-sse>=0.4",
			"pydantic>=2.7.2",
			"starlette>=0.27",
			"sse-starlette>=2.0",
		],
		source: TAG("v1.1.1"),
	},
	{
		versions: ">=1.1.2,<1.2.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx>=0.27",
			"httpx-sse>=0.4",
			"pydantic>=2.7.2",
			"starlette>=0.27",
			"sse-starlette>=1.6.1",
		],
		source: TAG("v1.1.2"),
	},
	{
		versions: ">=1.2.0,<1.3.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx>=0.27",
			"httpx-sse>=0.4",
			"pydantic<3.0.0,>=2.10.1",
			"starlette>=0.27",
			"sse-starlette>=1.6.1",
			"uvicorn>=0.30",
		],
		source: TAG("v1.2.0"),
	},
	{
		versions: ">=1.3.0,<1.7.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx>=0.27",
			"httpx-sse>=0.4",
			"pydantic<3,>=2.7.2",
			"starlette>=0.27",
			"sse-starlette>=1.6.1",
			"uvicorn>=0.23.1",
		],
		source: TAG("v1.3.0 to v1.6.x"),
	},
	{
		versions: ">=1.7.0,<1.11.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx>=0.27",
			"httpx-sse>=0.4",
			"pydantic<3,>=2.7.2",
			"starlette>=0.27",
			"sse-starlette>=1.6.1",
			'uvicorn>=0.23.1; sys_platform != "emscripten"',
		],
		source: TAG("v1.7.0 to v1.10.x"),
	},
	{
		versions: ">=1.11.0,<1.13.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx>=0.27",
			"httpx-sse>=0.4",
			"pydantic<3,>=2.8.0",
			"starlette>=0.27",
			"sse-starlette>=1.6.1",
			'uvicorn>=0.23.1; sys_platform != "emscripten"',
		],
		source: TAG("v1.11.0 to v1.12.x"),
	},
	{
		versions: ">=1.13.0,<=1.27.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx>=0.27.1",
			"httpx-sse>=0.4",
			"pydantic<3.0.0,>=2.11.0",
			"starlette>=0.27",
			"sse-starlette>=1.6.1",
			'uvicorn>=0.31.1; sys_platform != "emscripten"',
		],
		source: TAG("v1.13.0 to v1.27.0"),
	},
	{
		versions: ">=1.27.1,<1.28.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx<1.0.0,>=0.27.1",
			"httpx-sse>=0.4",
			"pydantic<3.0.0,>=2.11.0",
			"starlette>=0.27",
			"sse-starlette>=1.6.1",
			'uvicorn>=0.31.1; sys_platform != "emscripten"',
		],
		source: `${TAG("v1.27.1")}; the httpx upper bound is python-sdk PR #2559`,
	},
	{
		versions: ">=1.28.0,<=1.29.0",
		requiresPython: ">=3.10",
		requiresDist: [
			"anyio>=4.5",
			"httpx<1.0.0,>=0.27.1",
			"httpx-sse>=0.4",
			"pydantic<3.0.0,>=2.11.0",
			'pydantic>=2.12.0; python_version >= "3.14"',
			"starlette>=0.27",
			'starlette>=0.48.0; python_version >= "3.14"',
			"sse-starlette>=1.6.1",
			'uvicorn>=0.31.1; sys_platform != "emscripten"',
		],
		source: TAG("v1.28.0 to v1.29.0"),
	},
	{
		// 2.0.0 replaces httpx with httpx2>=2.5.0 and drops httpx-sse.
		versions: "==2.0.0",
		requiresPython: null,
		requiresDist: [
			"anyio>=4.9",
			'anyio>=4.10; python_version >= "3.14"',
			"httpx2>=2.5.0",
			"pydantic>=2.12.0",
			"starlette>=0.27",
			'starlette>=0.48.0; python_version >= "3.14"',
			"sse-starlette>=3.0.0",
			'uvicorn>=0.31.1; sys_platform != "emscripten"',
		],
		source: TAG("v2.0.0"),
	},
];
