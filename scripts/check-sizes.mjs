#!/usr/bin/env node
// The house rule, checked with the project's own TypeScript: no file in src/ over 400 lines, no
// function over 80. A function's length runs from its first line to its last; a nested function is
// measured on its own and also counts inside its parent (a factory that returns a closure is one
// function). Exit 1 when anything is over, with one line per offender.
//
// Usage: node scripts/check-sizes.mjs [dir ...]   (default: src)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

function* walk(dir) {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* walk(path);
		else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) yield path;
	}
}

function functionName(node, source) {
	if (node.name) return node.name.getText(source);
	const parent = node.parent;
	if (parent && ts.isVariableDeclaration(parent))
		return parent.name.getText(source);
	if (parent && ts.isPropertyAssignment(parent))
		return parent.name.getText(source);
	return "(anonymous)";
}

function isFunctionLike(node) {
	return (
		ts.isFunctionDeclaration(node) ||
		ts.isFunctionExpression(node) ||
		ts.isArrowFunction(node) ||
		ts.isMethodDeclaration(node) ||
		ts.isConstructorDeclaration(node) ||
		ts.isGetAccessorDeclaration(node) ||
		ts.isSetAccessorDeclaration(node)
	);
}

export function measure(path) {
	const text = readFileSync(path, "utf8");
	const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
	const lines = text.endsWith("\n")
		? text.split("\n").length - 1
		: text.split("\n").length;
	const functions = [];
	const visit = (node) => {
		if (isFunctionLike(node) && node.body) {
			const start = source.getLineAndCharacterOfPosition(
				node.getStart(source),
			).line;
			const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
			functions.push({
				name: functionName(node, source),
				line: start + 1,
				lines: end - start + 1,
			});
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return { lines, functions };
}

function main(dirs) {
	const problems = [];
	for (const dir of dirs) {
		for (const path of walk(dir)) {
			const shown = relative(process.cwd(), path);
			const { lines, functions } = measure(path);
			if (lines > MAX_FILE_LINES)
				problems.push(`${shown}: ${lines} lines (limit ${MAX_FILE_LINES})`);
			for (const fn of functions) {
				if (fn.lines > MAX_FUNCTION_LINES) {
					problems.push(
						`${shown}:${fn.line}: function ${fn.name} is ${fn.lines} lines (limit ${MAX_FUNCTION_LINES})`,
					);
				}
			}
		}
	}
	for (const problem of problems) console.log(problem);
	console.log(
		problems.length === 0
			? "sizes: all within limits"
			: `sizes: ${problems.length} over the limits`,
	);
	return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(
	process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["src"],
);
