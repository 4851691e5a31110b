// Built-in presets, written as the TOML tables a user would write. A policy file's `extends` merges them
// under the file (the file wins), and the merged tables go through the same schema as the file itself.
import type { PresetName } from "./schema.js";

export interface Preset {
	description: string;
	tables: Record<string, unknown>;
}

// Facts behind these values: /work/shared/facts/mcp-stack.md (python-sdk pyproject.toml per release tag,
// encode/httpx CHANGELOG, python-sdk PR #2559); docs/policy.md repeats them for users. Each `reason` is one
// clause: it ends every message about the rule.
const MCP_PRESET: Preset = {
	description:
		"MCP stack: mcp ~=1.23.3, anyio >=4.4,<5, httpx >=0.27.1,<1 next to mcp >=1.13, exact pins in requirements files, one version of mcp/anyio/httpx across projects",
	tables: {
		pins: { requirements: "exact" },
		packages: {
			mcp: {
				allowed: "~=1.23.3",
				reason: "the MCP stack is validated on mcp 1.23.x",
			},
			anyio: {
				allowed: ">=4.4,<5",
				reason:
					"anyio 4.4 fixes task-group cancellation that silently drops connections under concurrent tool calls",
			},
		},
		compat: [
			{
				when: "mcp>=1.13,<2",
				require: "httpx>=0.27.1,<1",
				// One clause: the details (httpx 1.0 dev releases are a rewrite, mcp up to 1.27.0 declares no upper
				// bound) are in docs/policy.md.
				reason:
					"mcp 1.13+ needs httpx 0.27.1 or later, and httpx 1.0 pre-releases break `import mcp`",
			},
		],
		consistency: { packages: ["mcp", "anyio", "httpx"] },
	},
};

export const PRESETS: Record<PresetName, Preset> = { mcp: MCP_PRESET };
