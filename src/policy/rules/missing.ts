// `missing`: a project that does not declare a package the policy requires of it (`packages.<name>.required`),
// e.g. "every server must use mcp". A lock that happens to hold the package is no declaration: the next
// re-lock may drop it.
import picomatch from "picomatch";
import type { Project, Requirement } from "../../model/types.js";
import { isDevRequirementsFile } from "../pin-level.js";
import type { RuleContext, RuleFinding } from "../rule-context.js";

/** Declarations that do not install anything by themselves. */
const NOT_DECLARING = new Set([
	"build",
	"constraint",
	"override",
	"constraints-file",
]);

export function checkMissing(context: RuleContext): RuleFinding[] {
	const required = Object.entries(context.policy.packages).flatMap(
		([name, settings]) => {
			const value = settings.required;
			if (value === undefined || value === false) return [];
			const globs = value === true ? null : value;
			const matches =
				globs === null ? () => true : picomatch(globs, { dot: true });
			return [{ name, globs, matches }];
		},
	);
	if (required.length === 0) return [];
	const findings: RuleFinding[] = [];
	for (const project of context.projects) {
		const declared = new Set(
			project.requirements.filter(declares).map((r) => r.name),
		);
		for (const { name, globs, matches } of required) {
			if (declared.has(name) || !matches(project.path)) continue;
			const manifest = findManifest(project);
			const scope =
				globs === null
					? "of every project"
					: `of the projects matching ${globs.map((g) => `\`${g}\``).join(", ")}`;
			findings.push({
				rule: "missing",
				severity: context.severityOf("missing"),
				project: project.path,
				package: name,
				file: manifest,
				line: null,
				message: `${project.path === "." ? "the root project" : `\`${project.path}\``} does not declare \`${name}\`, which the policy requires ${scope} (packages.${name}.required).`,
				facts: {
					fix: `Add \`${name}\` to its dependencies, or narrow packages.${name}.required.`,
				},
			});
		}
	}
	return findings;
}

function declares(requirement: Requirement): boolean {
	return !NOT_DECLARING.has(requirement.group);
}

/**
 * pyproject.toml when the project has one, else the file of its first runtime declaration (not
 * requirements-dev.txt: that is where the package would not go), else of its first, else its first file.
 */
function findManifest(project: Project): string | null {
	const pyproject = project.files.find((f) => f.kind === "pyproject");
	if (pyproject !== undefined) return pyproject.path;
	const declared = project.requirements.filter(declares);
	const runtime = declared.find((r) => !isDevRequirementsFile(r.file));
	return (runtime ?? declared[0])?.file ?? project.files[0]?.path ?? null;
}
