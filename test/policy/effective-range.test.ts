// findEffectiveRange keeps an index of each install set's constraints by name; `[[install]]` grows sets and
// requirement lists in place, and the index must follow.
import { describe, expect, it } from "vitest";
import type { InstallSet } from "../../src/model/types.js";
import { findEffectiveRange } from "../../src/policy/install-sets.js";
import { project, requirement } from "./build-project.js";

describe("findEffectiveRange", () => {
	it("applies the set's constraints by name, marker and file, in file order", () => {
		const set: InstallSet = {
			kind: "requirements",
			root: "requirements.txt",
			files: ["requirements.txt", "constraints.txt"],
			constraints: ["constraints.txt"],
			inputs: [],
		};
		const httpx = requirement("httpx", ">=0.27", { file: "requirements.txt" });
		const p = project({
			installSets: [set],
			requirements: [
				httpx,
				requirement("httpx", "<1", { file: "constraints.txt", line: 1 }),
				requirement("anyio", "<5", { file: "constraints.txt", line: 2 }),
				requirement("httpx", "!=0.28.0", {
					file: "constraints.txt",
					line: 3,
					marker: 'sys_platform == "win32"',
				}),
				requirement("httpx", "", { file: "constraints.txt", line: 4 }),
				requirement("httpx", "!=0.27.1", { file: "constraints.txt", line: 5 }),
			],
		});
		expect(findEffectiveRange(p, httpx).specifier).toBe(">=0.27,<1,!=0.27.1");
	});

	it("sees constraints added to the set and the project after a first question", () => {
		const set: InstallSet = {
			kind: "requirements",
			root: "requirements.txt",
			files: ["requirements.txt"],
			constraints: [],
			inputs: [],
		};
		const httpx = requirement("httpx", ">=0.27", { file: "requirements.txt" });
		const p = project({ installSets: [set], requirements: [httpx] });
		expect(findEffectiveRange(p, httpx).specifier).toBe(">=0.27");
		// As applyInstallDeclarations joins a shared constraints file's set.
		set.files.push("shared/constraints.txt");
		set.constraints.push("shared/constraints.txt");
		p.requirements.push(
			requirement("httpx", "<1", { file: "shared/constraints.txt" }),
		);
		expect(findEffectiveRange(p, httpx).specifier).toBe(">=0.27,<1");
	});
});
