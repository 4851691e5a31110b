// The import rules of docs/architecture.md, checked over src/ so the page cannot drift from the code: the
// table there says which folder may import which, and every import across folders must be in it (and every
// allowance in it must still be used). Imports are read with the project's own TypeScript.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");

interface Import {
	/** The importing file, relative to src/. */
	from: string;
	/** A file relative to src/ (for a relative import), or the package name. */
	to: string;
	relative: boolean;
	/** `import type` / `export type`: erased at run time. */
	typeOnly: boolean;
}

function* walk(dir: string): Generator<string> {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* walk(path);
		else if (name.endsWith(".ts")) yield path;
	}
}

function readImports(path: string): Import[] {
	const text = readFileSync(path, "utf8");
	const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest);
	const from = relative(SRC, path);
	const found: Import[] = [];
	const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
		if (!specifier || !ts.isStringLiteral(specifier)) return;
		const name = specifier.text;
		const isRelative = name.startsWith(".");
		const to = isRelative
			? relative(SRC, resolve(dirname(path), name.replace(/\.js$/, ".ts")))
			: name;
		found.push({ from, to, relative: isRelative, typeOnly });
	};
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node)) {
			add(node.moduleSpecifier, node.importClause?.isTypeOnly === true);
		} else if (ts.isExportDeclaration(node)) {
			add(node.moduleSpecifier, node.isTypeOnly);
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword
		) {
			add(node.arguments[0], false);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/** A folder of src/ (`policy`), or a file directly in src/ (`audit.ts`). */
function unitOf(file: string): string {
	const slash = file.indexOf("/");
	return slash === -1 ? file : file.slice(0, slash);
}

/** The "may import" table of docs/architecture.md: unit -> the units it may import. */
function readRules(): Map<string, Set<string>> {
	const page = readFileSync(join(ROOT, "docs/architecture.md"), "utf8");
	const start = page.indexOf("<!-- import-rules:start -->");
	const end = page.indexOf("<!-- import-rules:end -->");
	expect(
		start,
		"docs/architecture.md has the import-rules table",
	).toBeGreaterThan(-1);
	const rules = new Map<string, Set<string>>();
	for (const row of page.slice(start, end).split("\n")) {
		const cells = row.split("|").map((cell) => cell.trim());
		const unit = /^`([^`]+)`$/.exec(cells[1] ?? "")?.[1];
		if (unit === undefined) continue;
		const allowed = [...(cells[2] ?? "").matchAll(/`([^`]+)`/g)].map(
			(match) => match[1] as string,
		);
		rules.set(
			unit.replace(/\/$/, ""),
			new Set(allowed.map((a) => a.replace(/\/$/, ""))),
		);
	}
	return rules;
}

const files = [...walk(SRC)];
const imports = files.flatMap(readImports);
const crossing = imports.filter(
	(i) => i.relative && unitOf(i.from) !== unitOf(i.to),
);

describe("docs/architecture.md's import rules hold over src/", () => {
	const rules = readRules();

	it("names every folder and top-level file of src/", () => {
		const units = [...new Set(files.map((f) => unitOf(relative(SRC, f))))];
		expect(units.filter((unit) => !rules.has(unit))).toEqual([]);
		expect([...rules.keys()].filter((unit) => !units.includes(unit))).toEqual(
			[],
		);
	});

	it("has every import across folders allowed by the table", () => {
		const forbidden = crossing
			.filter((i) => !rules.get(unitOf(i.from))?.has(unitOf(i.to)))
			.map((i) => `${i.from} imports ${i.to}`);
		expect(forbidden).toEqual([]);
	});

	it("allows nothing the code no longer does, so the table stays the truth", () => {
		const used = new Set(
			crossing.map((i) => `${unitOf(i.from)} -> ${unitOf(i.to)}`),
		);
		const stale = [...rules].flatMap(([unit, allowed]) =>
			[...allowed]
				.filter((to) => !used.has(`${unit} -> ${to}`))
				.map((to) => `${unit} -> ${to}`),
		);
		expect(stale).toEqual([]);
	});

	it("keeps every import inside src/", () => {
		const outside = imports
			.filter((i) => i.relative && i.to.startsWith(".."))
			.map((i) => `${i.from} imports ${i.to}`);
		expect(outside).toEqual([]);
	});

	it("lets only src/github import @actions/*", () => {
		const actions = imports
			.filter(
				(i) => i.to.startsWith("@actions/") && unitOf(i.from) !== "github",
			)
			.map((i) => `${i.from} imports ${i.to}`);
		expect(actions).toEqual([]);
	});

	it("has no import cycle that runs (a cycle through `import type` is erased)", () => {
		const edges = new Map<string, string[]>();
		for (const i of imports) {
			if (!i.relative || i.typeOnly) continue;
			edges.set(i.from, [...(edges.get(i.from) ?? []), i.to]);
		}
		expect(findCycle(edges)).toEqual(null);
	});

	it("finds a cycle when there is one (the check can fail)", () => {
		const edges = new Map([
			["a.ts", ["b.ts"]],
			["b.ts", ["c.ts"]],
			["c.ts", ["a.ts"]],
		]);
		expect(findCycle(edges)).toEqual(["a.ts", "b.ts", "c.ts", "a.ts"]);
	});
});

/** One import cycle as the path around it, or null. Depth-first, iterative order by file name. */
function findCycle(edges: Map<string, string[]>): string[] | null {
	const done = new Set<string>();
	const onPath: string[] = [];
	const visit = (file: string): string[] | null => {
		const at = onPath.indexOf(file);
		if (at !== -1) return [...onPath.slice(at), file];
		if (done.has(file)) return null;
		onPath.push(file);
		for (const next of edges.get(file) ?? []) {
			const cycle = visit(next);
			if (cycle) return cycle;
		}
		onPath.pop();
		done.add(file);
		return null;
	};
	for (const file of [...edges.keys()].sort()) {
		const cycle = visit(file);
		if (cycle) return cycle;
	}
	return null;
}
