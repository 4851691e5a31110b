// A fleet before adoption: what pin-audit meets on its first run over a repository nobody has held to a policy.
// Each project's pyproject.toml declares 18 common packages, a third of them bare and the rest with loose floors,
// and its requirements-mcp.txt pins all 18 at versions scattered across the fleet (five per package), under the
// mcp preset with `[consistency] packages = "*"`: every project has unpinned, outside-policy, conflicting,
// diverging and inconsistent requirements, ~32 findings a project. The findings, not the input, are what is large:
// before pin-audit bounded it, each inconsistent finding carried a table of every project, so 1000 projects made a 525 MB
// report, and consolidation scanned every finding for each finding's cause.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGES = [
	"mcp",
	"httpx",
	"anyio",
	"pydantic",
	"starlette",
	"uvicorn",
	"click",
	"rich",
	"typer",
	"requests",
	"sqlalchemy",
	"redis",
	"boto3",
	"jinja2",
	"pyyaml",
	"orjson",
	"tenacity",
	"structlog",
];

export const ADOPTION_POLICY = `extends = ["mcp"]

[consistency]
packages = "*"
`;

/** Writes `projects` services under `dir/services/` and the policy. */
export function writeAdoptionFleet(dir, projects) {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, "pin-audit.toml"), ADOPTION_POLICY);
	for (let i = 0; i < projects; i++) {
		const path = join(dir, "services", `svc-${i}`);
		mkdirSync(path, { recursive: true });
		const dependencies = PACKAGES.map((name, j) =>
			(i + j) % 3 === 0 ? `"${name}"` : `"${name}>=1.${(i + j) % 7}"`,
		).join(", ");
		writeFileSync(
			join(path, "pyproject.toml"),
			`[project]\nname = "svc-${i}"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = [${dependencies}]\n`,
		);
		writeFileSync(
			join(path, "requirements-mcp.txt"),
			`${PACKAGES.map((name, j) => `${name}==1.${(i * 7 + j) % 5}.${j % 3}`).join("\n")}\n`,
		);
	}
}

/** The pull request on it: two services move their mcp pin, one constrains its bare httpx. */
export function changeAdoptionFleet(dir, { read, write }) {
	for (const i of [0, 5]) {
		const file = join(dir, "services", `svc-${i}`, "requirements-mcp.txt");
		write(file, read(file).replace(/^mcp==.*$/m, "mcp==1.4.0"));
	}
	const pyproject = join(dir, "services", "svc-2", "pyproject.toml");
	write(pyproject, read(pyproject).replace('"httpx"', '"httpx>=0.27"'));
}
