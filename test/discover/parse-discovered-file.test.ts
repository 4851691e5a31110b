import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDiscoveredFile } from "../../src/discover/parse-discovered-file.js";
import { createRequirementsReader } from "../../src/discover/resolve-requirements.js";

const ROOT = "test/fixtures/locks/uv-workspace-all-sources";

describe("parseDiscoveredFile", () => {
	it("keeps only the uv.lock dependency edges that ask for extras (all the rules read of them)", async () => {
		const outcome = await parseDiscoveredFile(
			{ path: "uv.lock", absPath: resolve(ROOT, "uv.lock"), kind: "uv-lock" },
			createRequirementsReader(resolve(ROOT), {}),
		);
		if (outcome.parsed?.kind !== "uv-lock" || outcome.parsed.value === null)
			throw new Error("expected a parsed uv.lock");
		const edges = outcome.parsed.value.packages.flatMap((p) =>
			p.dependencies.map(
				(d) => `${p.name} -> ${d.name}[${d.extras.join(",")}]`,
			),
		);
		expect(edges).toEqual(["acme-app -> flask[async]"]);
	});
});
