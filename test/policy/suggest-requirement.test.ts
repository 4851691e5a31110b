import { describe, expect, it } from "vitest";
import type { Project, Requirement } from "../../src/model/types.js";
import { createRuleContext } from "../../src/policy/rule-context.js";
import type { Policy } from "../../src/policy/schema.js";
import { suggestRequirement } from "../../src/policy/suggest-requirement.js";
import {
	locked,
	policyFrom,
	project,
	requirement,
	TODAY,
} from "./build-project.js";

const MCP =
	'[packages.mcp]\nallowed = "~=1.23.3"\nbanned = ["==1.23.5"]\n[pins]\nrequirements = "exact"\n';

/** The suggestion for the first requirement of the first project. */
function suggest(
	projects: Project[],
	policy: Policy = policyFrom(MCP),
	options: { preferLocked?: boolean } = {},
): string | null {
	const [first] = projects;
	const target = first?.requirements[0] as Requirement;
	const context = createRuleContext(projects, policy, TODAY);
	return (
		suggestRequirement(context, first as Project, target, options)?.line ?? null
	);
}

const inRequirements = { file: "requirements.txt", group: "requirements" };

function fleetUsing(...versions: string[]): Project[] {
	return versions.map((version, i) =>
		project({
			path: `servers/s${i}`,
			locked: [locked("mcp", version, { file: `servers/s${i}/uv.lock` })],
		}),
	);
}

describe("suggestRequirement", () => {
	it("replaces an exact pin by the highest version the fleet uses that is allowed and not banned", () => {
		const docparse = project({
			requirements: [requirement("mcp", "==1.23.1")],
			locked: [locked("mcp", "1.23.1")],
		});
		expect(
			suggest([
				docparse,
				...fleetUsing("1.23.3", "1.23.4", "1.23.5", "1.24.0"),
			]),
		).toBe("mcp==1.23.4");
	});

	it("falls back to the lowest version allowed names, keeping extras and marker", () => {
		const alone = project({
			requirements: [
				requirement("mcp", "==1.22.0", {
					extras: ["cli"],
					marker: 'python_version >= "3.10"',
				}),
			],
		});
		expect(suggest([alone])).toBe('mcp[cli]==1.23.3; python_version >= "3.10"');
	});

	it("prefers a version the project's other requirements on the package admit", () => {
		const p = project({
			requirements: [
				requirement("mcp", "==1.22.0", inRequirements),
				requirement("mcp", "<1.23.4"),
			],
		});
		expect(suggest([p, ...fleetUsing("1.23.3", "1.23.4")])).toBe("mcp==1.23.3");
	});

	it("intersects allowed with a declared range where clauses can say it", () => {
		const range = (specifier: string) =>
			suggest([project({ requirements: [requirement("mcp", specifier)] })]);
		expect(range(">=1.0")).toBe("mcp~=1.23.3,!=1.23.5");
		expect(range(">=1.23.6")).toBe("mcp~=1.23.3,>=1.23.6");
		const anyio = policyFrom('[packages.anyio]\nallowed = ">=4.4,<5"');
		expect(
			suggest(
				[project({ requirements: [requirement("anyio", ">=4.5")] })],
				anyio,
			),
		).toBe("anyio>=4.5,<5");
		// Disjoint from allowed: the policy wins.
		expect(range("<1.0")).toBe("mcp~=1.23.3,!=1.23.5");
		expect(range("")).toBe("mcp~=1.23.3,!=1.23.5");
	});

	it("suggests an exact pin in a requirements file whose pin level is exact", () => {
		const p = project({
			requirements: [requirement("mcp", ">=1.0", inRequirements)],
		});
		expect(suggest([p, ...fleetUsing("1.23.4")])).toBe("mcp==1.23.4");
	});

	it("meets the pin level from the project's locked version when there is no allowed", () => {
		const p = project({
			requirements: [requirement("httpx", ">=0.20")],
			locked: [locked("httpx", "0.28.1")],
		});
		expect(suggest([p], policyFrom('[pins]\ndefault = "bounded"'))).toBe(
			"httpx>=0.28.1,<1",
		);
		expect(suggest([p], policyFrom('[pins]\ndefault = "compatible"'))).toBe(
			"httpx~=0.28.1",
		);
		expect(
			suggest([p], policyFrom('[pins]\ndefault = "exact"'), {
				preferLocked: true,
			}),
		).toBe("httpx==0.28.1");
	});

	it("pins what the project locks first when asked, unless the policy rejects it", () => {
		const p = (version: string) =>
			project({
				requirements: [requirement("mcp", "", inRequirements)],
				locked: [locked("mcp", version)],
			});
		const fleet = fleetUsing("1.23.4");
		expect(
			suggest([p("1.23.3"), ...fleet], undefined, { preferLocked: true }),
		).toBe("mcp==1.23.3");
		expect(
			suggest([p("1.23.5"), ...fleet], undefined, { preferLocked: true }),
		).toBe("mcp==1.23.4");
	});

	it("takes a matching [[compat]] require as a constraint too", () => {
		const policy = policyFrom(
			'[[compat]]\nwhen = "mcp>=1.13,<2"\nrequire = "httpx>=0.27.1,<1"',
		);
		const p = project({
			requirements: [
				requirement("httpx", ">=0.20"),
				requirement("mcp", "==1.23.3"),
			],
		});
		expect(suggest([p], policy)).toBe("httpx>=0.27.1,<1");
	});

	describe("honours what the project's pinned and locked packages require of the package", () => {
		const ANYIO =
			'[packages.anyio]\nallowed = ">=4.4,<5"\n[pins]\nrequirements = "exact"\n';
		const weather = (...more: Project[]) => [
			project({
				requirements: [
					requirement("anyio", "==4.3.0", { ...inRequirements, line: 6 }),
					requirement("mcp", "==1.23.3", { ...inRequirements, line: 2 }),
				],
			}),
			...more,
		];

		it("pins the floor mcp 1.23.3 declares (`anyio>=4.5`, offline knowledge), not allowed's 4.4", () => {
			expect(suggest(weather(), policyFrom(ANYIO))).toBe("anyio==4.5");
		});

		it("takes a fleet version only when it satisfies that requirement too", () => {
			const fleet = (version: string) =>
				project({
					path: `servers/${version}`,
					locked: [
						locked("anyio", version, { file: `servers/${version}/uv.lock` }),
					],
				});
			expect(suggest(weather(fleet("4.4.0")), policyFrom(ANYIO))).toBe(
				"anyio==4.5",
			);
			expect(
				suggest(weather(fleet("4.4.0"), fleet("4.6.2")), policyFrom(ANYIO)),
			).toBe("anyio==4.6.2");
		});

		it("reads poetry.lock's recorded dependency specifiers", () => {
			const poetry = project({
				files: [
					{ path: "pyproject.toml", kind: "pyproject" },
					{ path: "poetry.lock", kind: "poetry-lock" },
				],
				requirements: [requirement("anyio", "==4.3.0", inRequirements)],
				locked: [
					locked("starlette", "0.41.0", {
						file: "poetry.lock",
						line: 40,
						dependencies: [
							{ name: "anyio", specifier: ">=4.7", marker: null, extras: [] },
						],
					}),
				],
			});
			expect(suggest([poetry], policyFrom(ANYIO))).toBe("anyio==4.7");
		});

		it("drops a line's own clause rather than suggest a range that excludes it", () => {
			const range = project({
				requirements: [
					requirement("anyio", "<4.5", { line: 9 }),
					requirement("mcp", "==1.23.3", { ...inRequirements, line: 2 }),
				],
			});
			const policy = policyFrom('[packages.anyio]\nallowed = ">=4.4,<5"');
			expect(suggest([range], policy)).toBe("anyio>=4.4,<5");
		});
	});

	it("has nothing to suggest for a URL or an exact pin with no version to take", () => {
		expect(
			suggest([
				project({
					requirements: [
						requirement("mcp", "", { url: "https://example.com/mcp.tar.gz" }),
					],
				}),
			]),
		).toBeNull();
		// The only version anyone uses is banned, and no `allowed` names another.
		expect(
			suggest(
				[project({ requirements: [requirement("httpx", "==0.28.0")] })],
				policyFrom('[packages.httpx]\nbanned = ["==0.28.0"]'),
			),
		).toBeNull();
	});
});

describe("suggestRequirement tightening a range to a pin", () => {
	// A pin the line's own range excludes would be a silent downgrade: the suggestion stays inside it.
	const fleetPolicy = policyFrom('extends = ["mcp"]\n');
	const alone = (name: string, specifier: string) =>
		suggest(
			[
				project({
					requirements: [
						requirement(name, specifier, inRequirements),
						requirement("mcp", "==1.23.3", inRequirements),
					],
				}),
			],
			fleetPolicy,
		);

	it("keeps `anyio~=4.6` at 4.6 or later", () => {
		expect(alone("anyio", "~=4.6")).toBe("anyio==4.6");
	});

	it("keeps `pydantic>=2.12,<3` at 2.12 or later", () => {
		expect(alone("pydantic", ">=2.12,<3")).toBe("pydantic==2.12");
	});

	it("suggests nothing when no version fits both the range and the policy", () => {
		expect(alone("anyio", ">=5.1,<6")).toBe(null);
	});

	it("keeps `starlette==0.47.*` within 0.47", () => {
		expect(alone("starlette", "==0.47.*")).toBe("starlette==0.47");
	});
});
