import { describe, expect, it } from "vitest";
import { createTables } from "../../../src/policy/rules/inconsistent-table.js";
import {
	evaluateShown,
	locked,
	policyFrom,
	project,
	requirement,
	TODAY,
} from "../build-project.js";

function member(path: string, overrides: Parameters<typeof project>[0]) {
	return project({
		path,
		files: [
			{ path: `${path}/pyproject.toml`, kind: "pyproject" },
			{ path: `${path}/uv.lock`, kind: "uv-lock" },
		],
		...overrides,
	});
}

describe("inconsistent", () => {
	const policy = policyFrom('[consistency]\npackages = ["mcp"]');

	it("anchors a warning on each deviating project where its version comes from, with a table of every project's version", () => {
		const projects = [
			member("servers/a", {
				locked: [
					locked("mcp", "1.23.3", { file: "servers/a/uv.lock", line: 10 }),
				],
			}),
			member("servers/b", {
				requirements: [
					requirement("mcp", "~=1.22", {
						file: "servers/b/pyproject.toml",
						line: 7,
					}),
				],
				locked: [
					locked("mcp", "1.22.0", { file: "servers/b/uv.lock", line: 12 }),
				],
			}),
			member("servers/c", {
				requirements: [
					requirement("mcp", "==1.23.3", {
						file: "servers/c/requirements.txt",
						group: "requirements",
						line: 1,
					}),
				],
			}),
			member("servers/d", {
				requirements: [
					requirement("mcp", ">=1", { file: "servers/d/pyproject.toml" }),
				],
			}),
		];
		const findings = evaluateShown(projects, policy, { today: TODAY }).filter(
			(f) => f.rule === "inconsistent",
		);
		expect(findings).toEqual([
			{
				rule: "inconsistent",
				severity: "warning",
				project: "servers/b",
				package: "mcp",
				// `~=1.22` admits 1.23.3: the lock, not the manifest line, holds the project back.
				file: "servers/b/uv.lock",
				line: 12,
				message: [
					"`mcp` is at 1.22.0 in servers/b but at 1.23.3 in 2 other project(s) (servers/b/uv.lock:12 locks it): code tested in one project is not what runs in another. Align it on 1.23.3 (constrain it in the manifest and re-lock).",
					"project    mcp",
					"servers/a  1.23.3",
					"servers/b  1.22.0  <- differs",
					"servers/c  1.23.3",
				].join("\n"),
			},
		]);
	});

	it("anchors on the project's own exact pin with a suggestion, not on a shared file it includes", () => {
		const shared = (version: string) =>
			requirement("mcp", `==${version}`, {
				file: "requirements-mcp.txt",
				group: "requirements",
				line: 3,
			});
		const projects = [
			member("servers/a", { requirements: [shared("1.23.3")] }),
			member("servers/b", { requirements: [shared("1.23.3")] }),
			member("servers/c", {
				files: [
					{ path: "servers/c/pyproject.toml", kind: "pyproject" },
					{ path: "servers/c/requirements.txt", kind: "requirements" },
				],
				requirements: [
					shared("1.23.3"),
					requirement("mcp", "==1.23.1", {
						file: "servers/c/requirements.txt",
						group: "requirements",
						line: 2,
						extras: ["cli"],
					}),
				],
			}),
		];
		const findings = evaluateShown(projects, policy, { today: TODAY }).filter(
			(f) => f.rule === "inconsistent",
		);
		expect(
			findings.map((f) => [f.project, f.file, f.line, f.suggestion]),
		).toEqual([
			["servers/c", "servers/c/requirements.txt", 2, "mcp[cli]==1.23.3"],
		]);
		expect(findings[0]?.message.split("\n")[0]).toBe(
			"`mcp` is at 1.23.1 + 1.23.3 in servers/c but at 1.23.3 in 2 other project(s): code tested in one project is not what runs in another. Write `mcp[cli]==1.23.3`.",
		);
	});

	it("anchors on the lock line when the version comes from the lock, even if a shared file pins the reference", () => {
		const projects = ["a", "b"].map((name) =>
			member(`servers/${name}`, {
				locked: [locked("mcp", "1.23.3", { file: `servers/${name}/uv.lock` })],
			}),
		);
		const transform = member("servers/t", {
			requirements: [
				requirement("mcp", "==1.23.3", {
					file: "requirements-mcp.txt",
					group: "requirements",
					line: 3,
				}),
				requirement("mcp", ">=1.20", {
					file: "servers/t/pyproject.toml",
					line: 7,
				}),
			],
			locked: [
				locked("mcp", "1.22.0", { file: "servers/t/uv.lock", line: 185 }),
			],
		});
		const limited = member("servers/u", {
			requirements: [
				requirement("mcp", "<1.23", {
					file: "servers/u/pyproject.toml",
					line: 7,
				}),
			],
			locked: [
				locked("mcp", "1.22.0", { file: "servers/u/uv.lock", line: 185 }),
			],
		});
		const findings = evaluateShown([...projects, transform, limited], policy, {
			today: TODAY,
		}).filter((f) => f.rule === "inconsistent");
		expect(
			findings.map((f) => [f.project, f.file, f.line, f.suggestion]),
		).toEqual([
			["servers/t", "servers/t/uv.lock", 185, undefined],
			// `<1.23` rules the reference out: that line is what holds servers/u back.
			["servers/u", "servers/u/pyproject.toml", 7, undefined],
		]);
	});

	it("reports a deviating line of a workspace's shared uv.lock once, from the project holding the lock", () => {
		const rootLock = { file: "ws/uv.lock", line: 554 };
		const workspace = [
			project({
				path: "ws",
				files: [{ path: "ws/uv.lock", kind: "uv-lock" }],
				locked: [locked("mcp", "1.22.0", rootLock)],
			}),
			member("ws/packages/a", {
				files: [{ path: "ws/packages/a/pyproject.toml", kind: "pyproject" }],
				locked: [locked("mcp", "1.22.0", rootLock)],
			}),
		];
		const others = ["x", "y", "z"].map((name) =>
			member(name, {
				locked: [locked("mcp", "1.23.3", { file: `${name}/uv.lock` })],
			}),
		);
		const findings = evaluateShown([...workspace, ...others], policy, {
			today: TODAY,
		}).filter((f) => f.rule === "inconsistent");
		expect(findings.map((f) => [f.project, f.file, f.line])).toEqual([
			["ws", "ws/uv.lock", 554],
		]);
	});

	it("counts a workspace's shared uv.lock once when finding the version most projects use", () => {
		const rootLock = { file: "ws/uv.lock", line: 554 };
		const workspace = ["ws", "ws/packages/a", "ws/packages/b"].map((path) =>
			project({
				path,
				files:
					path === "ws"
						? [{ path: "ws/uv.lock", kind: "uv-lock" }]
						: [{ path: `${path}/pyproject.toml`, kind: "pyproject" }],
				locked: [locked("mcp", "1.22.0", rootLock)],
			}),
		);
		const others = ["x", "y"].map((name) =>
			member(name, {
				locked: [locked("mcp", "1.23.3", { file: `${name}/uv.lock` })],
			}),
		);
		const findings = evaluateShown([...workspace, ...others], policy, {
			today: TODAY,
		}).filter((f) => f.rule === "inconsistent");
		// Three members, one resolution: the two independent projects are the majority.
		expect(findings.map((f) => [f.project, f.file, f.line])).toEqual([
			["ws", "ws/uv.lock", 554],
		]);
		expect(findings[0]?.message.split("\n")[0]).toContain(
			"at 1.22.0 in ws but at 1.23.3 in 2 other project(s)",
		);
	});

	it("is silent when versions agree or the package is not listed", () => {
		const projects = [
			member("a", {
				locked: [
					locked("mcp", "1.23.3", { file: "a/uv.lock" }),
					locked("anyio", "4.8.0", { file: "a/uv.lock" }),
				],
			}),
			member("b", {
				locked: [
					locked("mcp", "1.23.3", { file: "b/uv.lock" }),
					locked("anyio", "4.9.0", { file: "b/uv.lock" }),
				],
			}),
		];
		expect(
			evaluateShown(projects, policy, { today: TODAY }).filter(
				(f) => f.rule === "inconsistent",
			),
		).toEqual([]);
		const everything = policyFrom('[consistency]\npackages = "*"');
		expect(
			evaluateShown(projects, everything, { today: TODAY })
				.filter((f) => f.rule === "inconsistent")
				.map((f) => [f.package, f.project]),
		).toEqual([["anyio", "a"]]);
	});
});

describe("inconsistent, in a large fleet", () => {
	const policy = policyFrom('[consistency]\npackages = ["mcp"]');
	// `servers/p00` ... one project per version in `versions`, each pinning mcp exactly in its requirements.
	function fleet(versions: readonly string[]) {
		return versions.map((version, i) => {
			const path = `servers/p${String(i).padStart(2, "0")}`;
			return project({
				path,
				files: [{ path: `${path}/requirements.txt`, kind: "requirements" }],
				requirements: [
					requirement("mcp", `==${version}`, {
						file: `${path}/requirements.txt`,
						group: "requirements",
					}),
				],
			});
		});
	}
	const tables = (versions: readonly string[]) =>
		evaluateShown(fleet(versions), policy, { today: TODAY })
			.filter((f) => f.rule === "inconsistent")
			.map((f) => f.message.split("\n").slice(1).join("\n"));

	it("lists every project up to 20, one per line", () => {
		const versions = Array.from({ length: 20 }, (_, i) =>
			i === 3 ? "1.22.0" : "1.23.3",
		);
		const [table, ...others] = tables(versions);
		expect(others).toEqual([]);
		expect(table?.split("\n")).toHaveLength(21);
		expect(table).toContain("servers/p03  1.22.0  <- differs");
	});

	it("past 20 projects, one line per version, so that each finding's table stays small", () => {
		// 21 on 1.23.3, 3 on 1.22.0, 1 on 1.21.0: the fleet's version first, then the most used.
		const versions = [
			...Array.from({ length: 21 }, () => "1.23.3"),
			"1.22.0",
			"1.21.0",
			"1.22.0",
			"1.22.0",
		];
		const found = tables(versions);
		expect(found).toHaveLength(4);
		expect(new Set(found).size).toBe(1);
		expect(found[0]).toBe(
			[
				"mcp     projects (25)",
				"1.23.3  21: servers/p00, servers/p01, servers/p02 and 18 more",
				"1.22.0  3: servers/p21, servers/p23, servers/p24  <- differs",
				"1.21.0  1: servers/p22  <- differs",
			].join("\n"),
		);
	});

	it("names ten versions and counts the rest on one line, always with the finding's own version", () => {
		const versions = [
			...Array.from({ length: 12 }, () => "2.0.0"),
			...Array.from({ length: 14 }, (_, i) => `1.${i}.0`),
		];
		const found = tables(versions);
		expect(found).toHaveLength(14);
		// servers/p12 is at 1.0.0, among the first ten versions.
		const lines = found[0]?.split("\n") ?? [];
		expect(lines).toHaveLength(12);
		expect(lines[1]).toBe(
			"2.0.0  12: servers/p00, servers/p01, servers/p02 and 9 more",
		);
		expect(lines[2]).toBe("1.0.0  1: servers/p12  <- differs");
		expect(lines[10]).toBe("1.8.0  1: servers/p20  <- differs");
		expect(lines[11]).toBe("and 5 more versions in 5 projects");
		// servers/p25 is at 1.13.0, which the first ten leave out: its table ends with it.
		const last = found[13]?.split("\n") ?? [];
		expect(last).toHaveLength(12);
		// The same first nine, in a column as wide as the longer version.
		const squeeze = (line: string) => line.replace(/ +/, " ");
		expect(last.slice(1, 10).map(squeeze)).toEqual(
			lines.slice(1, 10).map(squeeze),
		);
		expect(last[1]).toBe(
			"2.0.0   12: servers/p00, servers/p01, servers/p02 and 9 more",
		);
		expect(last[10]).toBe("1.13.0  1: servers/p25  <- differs");
		expect(last[11]).toBe("and 5 more versions in 5 projects");
		// One table a version, shared by its findings.
		expect(new Set(found).size).toBe(6);
	});

	it("keeps the report linear in the fleet: each finding's message is bounded", () => {
		const versions = Array.from({ length: 400 }, (_, i) => `1.${i % 40}.0`);
		const messages = evaluateShown(fleet(versions), policy, { today: TODAY })
			.filter((f) => f.rule === "inconsistent")
			.map((f) => f.message);
		expect(messages).toHaveLength(390);
		expect(Math.max(...messages.map((m) => m.length))).toBeLessThan(1500);
	});
});

describe("createTables", () => {
	it("says how many projects of a version differ when only some do (their markers never meet the fleet's)", () => {
		const rows = Array.from({ length: 22 }, (_, i) => ({
			project: { path: `p${String(i).padStart(2, "0")}` },
			signature: i < 18 ? "2.0" : "1.0",
		}));
		const differing = new Set(rows.slice(18, 20));
		expect(
			createTables(
				"anyio",
				rows,
				differing,
				"2.0",
			)(rows[18] as (typeof rows)[number]),
		).toBe(
			[
				"anyio  projects (22)",
				"2.0    18: p00, p01, p02 and 15 more",
				"1.0    4: p18, p19, p20 and 1 more  <- 2 of them differ",
			].join("\n"),
		);
	});
});
