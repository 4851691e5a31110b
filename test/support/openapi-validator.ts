// Checks requests (and the fake's own responses) against GitHub's published OpenAPI description, so neither the
// action nor the fake GitHub can drift from the real API unnoticed.
import {
	compiledSchema,
	formatErrors,
	loadDescription,
	type Operation,
	type Parameter,
	type Schema,
} from "./openapi-description.js";

export type ViolationKind =
	| "unknown-route"
	| "path-param"
	| "query-param"
	| "request-body"
	| "response-status"
	| "response-body";

export interface Violation {
	kind: ViolationKind;
	/** `METHOD /actual/path`, as the request was sent. */
	request: string;
	message: string;
}

export interface RouteMatch {
	/** The description's path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
	template: string;
	operationId: string;
	params: Record<string, string>;
}

export interface RequestToValidate {
	method: string;
	/** Path without the query string, still percent-encoded as sent. */
	path: string;
	query: URLSearchParams;
	/** The raw request body ("" when there is none). */
	body: string;
	contentType?: string;
}

export interface ResponseToValidate {
	method: string;
	path: string;
	status: number;
	contentType: string;
	body: string;
}

interface CompiledRoute {
	template: string;
	regex: RegExp;
	names: string[];
	literalSegments: number;
	methods: Record<string, Operation>;
}

// Parsed once per process and only on first use.
let routes: CompiledRoute[] | undefined;

function compileRoutes(): CompiledRoute[] {
	if (routes) return routes;
	const spec = loadDescription();
	routes = Object.entries(spec.paths).map(([template, item]) => {
		const names: string[] = [];
		const multiSegment = new Set<string>();
		for (const [method, op] of Object.entries(item)) {
			if (Array.isArray(op) || method === "parameters") continue;
			for (const p of resolveParameters(op)) {
				if (p.in === "path" && p["x-multi-segment"]) multiSegment.add(p.name);
			}
		}
		let literalSegments = 0;
		const source = template
			.split("/")
			.map((segment) => {
				if (!segment.includes("{")) {
					if (segment) literalSegments++;
					return escapeRegExp(segment);
				}
				return segment.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name, lit) => {
					if (lit !== undefined) return escapeRegExp(lit);
					names.push(name);
					return multiSegment.has(name) ? "(.+)" : "([^/]+)";
				});
			})
			.join("/");
		const methods: Record<string, Operation> = {};
		for (const [method, op] of Object.entries(item)) {
			if (!Array.isArray(op) && method !== "parameters")
				methods[method.toUpperCase()] = op;
		}
		return {
			template,
			regex: new RegExp(`^${source}$`),
			names,
			literalSegments,
			methods,
		};
	});
	return routes;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function resolveParameters(op: Operation): Parameter[] {
	const spec = loadDescription();
	return (op.parameters ?? []).map((p) => {
		const ref = (p as { $ref?: string }).$ref;
		if (!ref) return p;
		const resolved = spec.components.parameters[ref.split("/").pop() ?? ""];
		if (!resolved) throw new Error(`unresolvable parameter ${ref}`);
		return resolved;
	});
}

/** The description's operation for a request, preferring the template with the most literal segments. */
export function matchRoute(
	method: string,
	path: string,
): RouteMatch | undefined {
	let best: { route: CompiledRoute; match: RegExpExecArray } | undefined;
	for (const route of compileRoutes()) {
		if (!route.methods[method.toUpperCase()]) continue;
		const match = route.regex.exec(path);
		if (!match) continue;
		if (!best || route.literalSegments > best.route.literalSegments)
			best = { route, match };
	}
	if (!best) return undefined;
	const params: Record<string, string> = {};
	best.route.names.forEach((name, i) => {
		params[name] = safeDecode(best.match[i + 1] ?? "");
	});
	const op = best.route.methods[method.toUpperCase()] as Operation;
	return { template: best.route.template, operationId: op.operationId, params };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

export function validateRequest(request: RequestToValidate): Violation[] {
	const label = `${request.method.toUpperCase()} ${request.path}`;
	const match = matchRoute(request.method, request.path);
	if (!match)
		return [
			{
				kind: "unknown-route",
				request: label,
				message: `no operation in GitHub's REST description matches ${label}`,
			},
		];
	const op = operationFor(match, request.method);
	const violations: Violation[] = [];
	const parameters = resolveParameters(op);

	for (const p of parameters.filter((p) => p.in === "path")) {
		const value = match.params[p.name];
		const problem =
			value === undefined ? "is missing" : checkParameter(p, value);
		if (problem)
			violations.push({
				kind: "path-param",
				request: label,
				message: `path parameter ${p.name}=${JSON.stringify(value)} ${problem}`,
			});
	}

	const queryParams = new Map(
		parameters.filter((p) => p.in === "query").map((p) => [p.name, p]),
	);
	for (const [name, value] of request.query) {
		const p = queryParams.get(name);
		// GitHub silently ignores unknown query parameters, which is exactly how a typo hides: report it.
		const problem = p
			? checkParameter(p, value)
			: `is not a parameter of ${match.operationId}`;
		if (problem)
			violations.push({
				kind: "query-param",
				request: label,
				message: `query parameter ${name}=${JSON.stringify(value)} ${problem}`,
			});
	}
	for (const p of queryParams.values()) {
		if (p.required && !request.query.has(p.name))
			violations.push({
				kind: "query-param",
				request: label,
				message: `required query parameter ${p.name} is missing`,
			});
	}

	violations.push(...checkRequestBody(op, match, request, label));
	return violations;
}

function operationFor(match: RouteMatch, method: string): Operation {
	const item = loadDescription().paths[match.template] ?? {};
	return item[method.toLowerCase()] as Operation;
}

function checkRequestBody(
	op: Operation,
	match: RouteMatch,
	request: RequestToValidate,
	label: string,
): Violation[] {
	const violation = (message: string): Violation[] => [
		{ kind: "request-body", request: label, message },
	];
	const schema = op.requestBody?.content["application/json"]?.schema;
	if (request.body === "") {
		return op.requestBody?.required
			? violation(`${match.operationId} requires a JSON body`)
			: [];
	}
	if (!op.requestBody)
		return violation(`${match.operationId} takes no request body`);
	let body: unknown;
	try {
		body = JSON.parse(request.body);
	} catch {
		return violation("the request body is not JSON");
	}
	if (!schema) return [];
	const out: Violation[] = [];
	// GitHub drops unknown body fields without a word; a misspelt field is a silent bug, so report it.
	const known = schema.properties as Record<string, unknown> | undefined;
	if (known && body && typeof body === "object" && !Array.isArray(body)) {
		for (const key of Object.keys(body)) {
			if (!(key in known))
				out.push(
					...violation(
						`body field "${key}" is not a field of ${match.operationId}`,
					),
				);
		}
	}
	const validate = compiledSchema(`request ${match.operationId}`, schema);
	if (!validate(body)) {
		out.push(...violation(formatErrors(validate)));
	}
	return out;
}

export function validateResponse(response: ResponseToValidate): Violation[] {
	const label = `${response.method.toUpperCase()} ${response.path}`;
	const match = matchRoute(response.method, response.path);
	if (!match) return [];
	const op = operationFor(match, response.method);
	const entry =
		op.responses[String(response.status)] ?? op.responses.default ?? undefined;
	if (!entry)
		return [
			{
				kind: "response-status",
				request: label,
				message: `${match.operationId} does not document status ${response.status}`,
			},
		];
	const resolved = entry.$ref
		? loadDescription().components.responses[entry.$ref.split("/").pop() ?? ""]
		: entry;
	const schema = resolved?.content?.["application/json"]?.schema;
	// Only JSON bodies have a schema; raw media types (vnd.github.raw) are bytes.
	if (!schema || !/json/.test(response.contentType)) return [];
	let body: unknown;
	try {
		body = JSON.parse(response.body);
	} catch {
		return [
			{
				kind: "response-body",
				request: label,
				message: `status ${response.status} body is not JSON`,
			},
		];
	}
	const validate = compiledSchema(
		`response ${match.operationId} ${response.status}`,
		schema,
	);
	if (validate(body)) return [];
	return [
		{
			kind: "response-body",
			request: label,
			message: `status ${response.status}: ${formatErrors(validate)}`,
		},
	];
}

function checkParameter(p: Parameter, raw: string): string | undefined {
	const schema = p.schema ?? {};
	const value = coerceParameter(schema, raw);
	if (value === undefined) return `is not a valid ${String(schema.type)}`;
	const validate = compiledSchema(`param ${p.in} ${p.name}`, schema);
	return validate(value) ? undefined : formatErrors(validate);
}

/** Query and path values are strings on the wire; the schema's type says how to read them. */
function coerceParameter(schema: Schema, raw: string): unknown {
	switch (schema.type) {
		case "integer":
			return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
		case "number":
			return raw.trim() !== "" && Number.isFinite(Number(raw))
				? Number(raw)
				: undefined;
		case "boolean":
			return raw === "true" ? true : raw === "false" ? false : undefined;
		case "array":
			return raw.split(",");
		default:
			return raw;
	}
}
