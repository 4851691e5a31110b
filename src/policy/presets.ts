// Built-in presets, written as the TOML tables a user would write. A policy file's `extends` merges them
// under the file (the file wins), and the merged tables go through the same schema as the file itself.
import type { PresetName } from "./schema.js";

export interface Preset {
	description: string;
	tables: Record<string, unknown>;
}

// Facts behind these values: /work/shared/facts/mcp-stack.md (python-sdk pyproject.toml per release tag,
// encode/httpx CHANGELOG, python-sdk PR #2559); docs/policy.md repeats them for users.
const MCP_PRESET: Preset = {
	description:
		"MCP stack: mcp ~=1.23.3, anyio >=4.4,<5, httpx >=0.27.1,<1 next to mcp >=1.13, exact pins in requirements files, one version of mcp/anyio/httpx across projects",
	tables: {
		pins: { requirements: "exact" },
		packages: {
			mcp: {
				allowed: "~=1.23.3",
				reason:
					"the MCP stack is validated on mcp 1.23.x (~=1.23.3 means >=1.23.3,==1.23.*)",
			},
			anyio: {
				allowed: ">=4.4,<5",
				reason:
					"task-group cancellation fixes in the anyio 4.4 series stop silent connection drops under concurrent tool calls",
			},
		},
		compat: [
			{
				when: "mcp>=1.13,<2",
				require: "httpx>=0.27.1,<1",
				reason:
					"mcp 1.13+ needs httpx>=0.27.1 (a lock with httpx 0.26.x/0.27.0 next to it was edited by hand or is stale); httpx 1.0 dev releases are an incompatible rewrite that breaks `import mcp` on every mcp up to 1.27.0, which declares no upper bound (1.27.1+ declares <1.0.0)",
			},
		],
		consistency: { packages: ["mcp", "anyio", "httpx"] },
	},
};

export const PRESETS: Record<PresetName, Preset> = { mcp: MCP_PRESET };
