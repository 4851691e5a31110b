// A value of one of GitHub's OpenAPI schemas with every required field filled (from the description's own
// examples where it has them), for the fake GitHub's large answers (a repository, a pull request): the fake
// sets what its logic decides and the rest is whatever GitHub's contract allows, validated like every answer.
import { loadDescription } from "./openapi-description.js";

type Schema = Record<string, unknown>;

const DATE = "2025-06-02T09:00:00Z";

const filled = new Map<string, Record<string, unknown>>();

/** A fresh copy each call (callers overwrite fields). */
export function exampleOf(component: string): Record<string, unknown> {
	let value = filled.get(component);
	if (value === undefined) {
		value = fill({ $ref: `#/components/schemas/${component}` }, 0) as Record<
			string,
			unknown
		>;
		filled.set(component, value);
	}
	return structuredClone(value);
}

function fill(schema: Schema, depth: number): unknown {
	if (typeof schema.$ref === "string") {
		const name = schema.$ref.replace("#/components/schemas/", "");
		const resolved = loadDescription().components.schemas[name];
		if (resolved === undefined) throw new Error(`no schema ${name}`);
		return fill(resolved, depth + 1);
	}
	if (schema.nullable === true || depth > 12) return null;
	if (Array.isArray(schema.allOf))
		return Object.assign(
			{},
			...(schema.allOf as Schema[]).map((s) => fill(s, depth)),
		);
	for (const key of ["oneOf", "anyOf"])
		if (Array.isArray(schema[key]))
			return fill((schema[key] as Schema[])[0] as Schema, depth);
	if (Array.isArray(schema.enum)) return schema.enum[0];
	const type = schema.type ?? (schema.properties ? "object" : undefined);
	switch (type) {
		case "object": {
			const properties = (schema.properties ?? {}) as Record<string, Schema>;
			const out: Record<string, unknown> = {};
			for (const name of (schema.required ?? []) as string[])
				out[name] = fill(properties[name] ?? {}, depth + 1);
			return out;
		}
		case "array":
			return [];
		case "string":
			return fillString(schema);
		case "integer":
		case "number":
			return typeof schema.example === "number"
				? schema.example
				: Number(schema.minimum ?? 1);
		case "boolean":
			return false;
		default:
			return null;
	}
}

function fillString(schema: Schema): string {
	switch (schema.format) {
		case "date-time":
			return DATE;
		case "uri":
			return typeof schema.example === "string" &&
				/^[a-z][a-z0-9+.-]*:\S*$/i.test(schema.example)
				? schema.example
				: "https://github.com/octo-org";
		case "email":
			return "octocat@github.com";
		default:
			return typeof schema.example === "string" ? schema.example : "text";
	}
}
