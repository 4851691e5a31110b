// GitHub's published OpenAPI description (from @octokit/openapi), read once, and its schemas compiled for ajv:
// what the validator checks requests and answers with, and what the example filler fills answers from.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvModule, { type ValidateFunction } from "ajv";

// ajv is CommonJS; under NodeNext its default export arrives wrapped.
const Ajv = AjvModule as unknown as typeof AjvModule.default;

export type Schema = Record<string, unknown>;

export interface Parameter {
	name: string;
	in: "path" | "query" | "header" | "cookie";
	required?: boolean;
	schema?: Schema;
	"x-multi-segment"?: boolean;
}

export interface Operation {
	operationId: string;
	parameters?: Parameter[];
	requestBody?: {
		required?: boolean;
		content: Record<string, { schema?: Schema }>;
	};
	responses: Record<
		string,
		{ $ref?: string; content?: Record<string, { schema?: Schema }> }
	>;
}

export interface Description {
	paths: Record<string, Record<string, Operation | Parameter[]>>;
	components: {
		schemas: Record<string, Schema>;
		parameters: Record<string, Parameter>;
		responses: Record<
			string,
			{ content?: Record<string, { schema?: Schema }> }
		>;
	};
}

// Parsed once per process and only on first use: the description is 13 MB.
let description: Description | undefined;
let ajv: InstanceType<typeof Ajv> | undefined;
const validators = new Map<string, ValidateFunction>();

export function loadDescription(): Description {
	if (!description) {
		const file = createRequire(import.meta.url).resolve(
			"@octokit/openapi/generated/api.github.com.json",
		);
		description = JSON.parse(readFileSync(file, "utf8")) as Description;
	}
	return description;
}

export function formatErrors(validate: ValidateFunction): string {
	return (validate.errors ?? [])
		.slice(0, 5)
		.map((e) => `${e.instancePath || "(root)"} ${e.message ?? ""}`.trim())
		.join("; ");
}

function getAjv(): InstanceType<typeof Ajv> {
	if (!ajv) {
		ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
		ajv.addFormat(
			"date-time",
			/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
		);
		ajv.addFormat("date", /^\d{4}-\d\d-\d\d$/);
		ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:\S*$/i);
		ajv.addFormat("email", /^[^\s@]+@[^\s@]+$/);
		for (const f of [
			"int32",
			"int64",
			"double",
			"binary",
			"uri-template",
			"repo.nwo",
			"timestamp",
		])
			ajv.addFormat(f, true);
	}
	return ajv;
}

/** Compiles one OpenAPI schema (with every component it references, transitively) once per key. */
export function compiledSchema(key: string, schema: Schema): ValidateFunction {
	const cached = validators.get(key);
	if (cached) return cached;
	const definitions: Record<string, unknown> = {};
	const pending: string[] = [];
	const root = convertSchema(schema, pending);
	const components = loadDescription().components.schemas;
	for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
		if (name in definitions) continue;
		const component = components[name];
		if (!component) throw new Error(`unresolvable schema ${name}`);
		definitions[name] = true; // placeholder so a cycle does not convert twice
		definitions[name] = convertSchema(component, pending);
	}
	const validate = getAjv().compile({
		...(root as object),
		definitions,
	});
	validators.set(key, validate);
	return validate;
}

const DROPPED_KEYWORDS = new Set([
	"example",
	"examples",
	"discriminator",
	"xml",
	"externalDocs",
	"deprecated",
	"readOnly",
	"writeOnly",
	"description",
	"title",
]);

/**
 * OpenAPI 3.0 schema -> JSON Schema draft-07: `nullable` becomes a null type (or a null alternative),
 * `$ref`s into components point at local `definitions`, and a `oneOf` with a `discriminator` becomes
 * `anyOf` (the discriminator, not exclusivity, is what picks the branch in OpenAPI).
 */
function convertSchema(schema: unknown, pending: string[]): unknown {
	if (typeof schema !== "object" || schema === null || Array.isArray(schema))
		return schema;
	const s = schema as Schema;
	if (typeof s.$ref === "string") {
		const name = s.$ref.replace("#/components/schemas/", "");
		pending.push(name);
		return { $ref: `#/definitions/${name}` };
	}
	const out: Schema = {};
	for (const [k, v] of Object.entries(s)) {
		if (DROPPED_KEYWORDS.has(k) || k.startsWith("x-") || k === "nullable")
			continue;
		if (k === "properties" || k === "patternProperties") {
			out[k] = Object.fromEntries(
				Object.entries(v as Record<string, unknown>).map(([name, sub]) => [
					name,
					convertSchema(sub, pending),
				]),
			);
		} else if (k === "allOf" || k === "anyOf" || k === "oneOf") {
			const key = k === "oneOf" && s.discriminator ? "anyOf" : k;
			out[key] = (v as unknown[]).map((sub) => convertSchema(sub, pending));
		} else if (k === "items" || k === "additionalProperties" || k === "not") {
			out[k] = convertSchema(v, pending);
		} else {
			out[k] = v;
		}
	}
	if (s.nullable === true) {
		if (typeof out.type === "string") {
			out.type = [out.type, "null"];
			if (Array.isArray(out.enum) && !out.enum.includes(null))
				out.enum = [...out.enum, null];
			return out;
		}
		return { anyOf: [out, { type: "null" }] };
	}
	return out;
}
