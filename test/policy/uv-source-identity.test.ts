import { describe, expect, it } from "vitest";
import type { Requirement, RequirementSource } from "../../src/model/types.js";
import {
	sameSource,
	toComparableSource,
} from "../../src/policy/uv-source-identity.js";
import { requirement } from "./build-project.js";

const withSource = (
	source: Partial<RequirementSource> & Pick<RequirementSource, "kind">,
	fields: Partial<Requirement> = {},
) =>
	toComparableSource(
		requirement("pkg", "", {
			...fields,
			source: {
				value: null,
				reference: null,
				subdirectory: null,
				base: ".",
				...source,
			},
		}),
	);

describe("uv source identity (pyproject.toml's source against uv.lock's record)", () => {
	it("resolves paths against the declaring file and the lock", () => {
		// servers/weather/pyproject.toml: `{ path = "../../libs/x", editable = true }`; root uv.lock: `editable = "libs/x"`.
		const declared = withSource(
			{ kind: "path", value: "../../libs/x", base: "servers/weather" },
			{ editable: true },
		);
		expect(
			sameSource(declared, withSource({ kind: "editable", value: "libs/x" })),
		).toBe(true);
		expect(
			sameSource(declared, withSource({ kind: "editable", value: "libs/y" })),
		).toBe(false);
	});

	it("tells an editable source from a non-editable one (uv re-locks when the flag changes)", () => {
		const declared = withSource(
			{ kind: "path", value: "libs/x" },
			{ editable: false },
		);
		expect(
			sameSource(declared, withSource({ kind: "directory", value: "libs/x" })),
		).toBe(true);
		expect(
			sameSource(declared, withSource({ kind: "editable", value: "libs/x" })),
		).toBe(false);
	});

	it("compares git sources by repository, reference and subdirectory", () => {
		const declared = withSource({
			kind: "git",
			value: "https://github.com/org/repo.git",
			reference: "tag=v1",
		});
		const recorded = (
			reference: string | null,
			subdirectory: string | null = null,
		) =>
			withSource({
				kind: "git",
				value: "https://github.com/org/repo",
				reference,
				subdirectory,
			});
		expect(sameSource(declared, recorded("tag=v1"))).toBe(true);
		expect(sameSource(declared, recorded("tag=v2"))).toBe(false);
		expect(sameSource(declared, recorded(null))).toBe(false);
		expect(sameSource(declared, recorded("tag=v1", "pkg"))).toBe(false);
	});

	it("matches a workspace source with the member's local record, never with an index", () => {
		const declared = withSource({ kind: "workspace" });
		expect(
			sameSource(declared, withSource({ kind: "editable", value: "src/x" })),
		).toBe(true);
		expect(
			sameSource(declared, withSource({ kind: "virtual", value: "src/x" })),
		).toBe(true);
		expect(sameSource(declared, null)).toBe(false);
	});
});
