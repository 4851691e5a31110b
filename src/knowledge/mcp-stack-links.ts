// Where the MCP stack's packages write down their changes and tag their releases, shipped so the upgrade diff
// can link them without an index (`--offline`) and so a compare link is offered only where the tag scheme is
// known: a compare between tags that do not exist is a 404, and the metadata never says how tags are named.
//
// Source of every row (checked 2026-12): `[project.urls]` in the project's pyproject.toml on its default
// branch (what PyPI shows as the project links), and the project's git tags. Only final releases with three
// release numbers are linked (`1.2.3`): pre-releases are tagged inconsistently (httpx `1.0.0.beta0` is
// PEP 440 `1.0.0b0`), and a two-number pin (`==2.11`) names no tag.

export interface KnownProjectLinks {
	/** `[project.urls]` Changelog (or equivalent), null when the project's metadata names none. */
	changelog: string | null;
	/** The GitHub repository `[project.urls]` names as the source (Source, Repository, "Source code"). */
	repository: `https://github.com/${string}/${string}`;
	/** Release tags: the prefix before the version, from `since` on (earlier releases are not linked). */
	tags: { prefix: "" | "v"; since: string };
}

export const MCP_STACK_LINKS: ReadonlyMap<string, KnownProjectLinks> = new Map<
	string,
	KnownProjectLinks
>([
	[
		// Repository and Issues only; tags v1.0.0 ... (one stray `1.15.0` beside `v1.15.0`).
		"mcp",
		{
			changelog: null,
			repository: "https://github.com/modelcontextprotocol/python-sdk",
			tags: { prefix: "v", since: "1.0.0" },
		},
	],
	[
		"httpx",
		{
			changelog: "https://github.com/encode/httpx/blob/master/CHANGELOG.md",
			repository: "https://github.com/encode/httpx",
			tags: { prefix: "", since: "0.0.1" },
		},
	],
	[
		// The metadata names only a Homepage, which is the repository; tags 0.1.0 ... 0.4.3.
		"httpx-sse",
		{
			changelog: null,
			repository: "https://github.com/florimondmanca/httpx-sse",
			tags: { prefix: "", since: "0.1.0" },
		},
	],
	[
		"anyio",
		{
			changelog: "https://anyio.readthedocs.io/en/stable/versionhistory.html",
			repository: "https://github.com/agronholm/anyio",
			tags: { prefix: "", since: "1.0.0" },
		},
	],
	[
		"pydantic",
		{
			changelog:
				"https://pydantic.dev/docs/validation/latest/get-started/changelog/",
			repository: "https://github.com/pydantic/pydantic",
			tags: { prefix: "v", since: "1.0.0" },
		},
	],
	[
		"starlette",
		{
			changelog: "https://www.starlette.io/release-notes/",
			repository: "https://github.com/encode/starlette",
			tags: { prefix: "", since: "0.1.0" },
		},
	],
	[
		// Tags without a prefix up to 1.1.6, `v1.2.1` on.
		"sse-starlette",
		{
			changelog: null,
			repository: "https://github.com/sysid/sse-starlette",
			tags: { prefix: "v", since: "1.2.1" },
		},
	],
	[
		"uvicorn",
		{
			changelog: "https://www.uvicorn.org/release-notes",
			repository: "https://github.com/encode/uvicorn",
			tags: { prefix: "", since: "0.0.1" },
		},
	],
]);
