// How the fake GitHub answers: the error bodies GitHub sends (404, 403, 422), and its pagination (per_page, page,
// an RFC 8288 Link header).
import type { RouteMatch } from "./openapi-validator.js";

export interface Answer {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	contentType?: string;
}

export function docsUrl(match: RouteMatch | undefined): string {
	return match
		? `https://docs.github.com/rest/${match.operationId}`
		: "https://docs.github.com/rest";
}

export function notFound(
	match: RouteMatch | undefined,
	message = "Not Found",
): Answer {
	return {
		status: 404,
		body: { message, documentation_url: docsUrl(match), status: "404" },
	};
}

export function forbidden(match: RouteMatch): Answer {
	return {
		status: 403,
		body: {
			message: "Resource not accessible by integration",
			documentation_url: docsUrl(match),
			status: "403",
		},
	};
}

/** 422 for a missing field (`code: missing_field`). */
export function unprocessable(
	match: RouteMatch,
	field: string,
	resource = "Issue",
): Answer {
	return {
		status: 422,
		body: {
			message: "Invalid request.",
			documentation_url: docsUrl(match),
			errors: [{ resource, code: "missing_field", field }],
			status: "422",
		},
	};
}

/** 422 with GitHub's one-line message, as the Git Data API and pulls answer ("Reference already exists"). */
export function refused(match: RouteMatch, message: string): Answer {
	return {
		status: 422,
		body: { message, documentation_url: docsUrl(match), status: "422" },
	};
}

export function errorBody(
	status: number,
	match: RouteMatch | undefined,
): unknown {
	const messages: Record<number, string> = {
		401: "Bad credentials",
		403: "Forbidden",
		404: "Not Found",
		422: "Validation Failed",
		429: "Too Many Requests",
		500: "Server Error",
		502: "Server Error",
		503: "Service Unavailable",
	};
	return {
		message: messages[status] ?? "Error",
		documentation_url: docsUrl(match),
		status: String(status),
	};
}

/** GitHub's pagination: per_page (default 30, max 100), page (1-based), and an RFC 8288 Link header. */
export function paginate(url: URL, items: unknown[], baseUrl: string): Answer {
	const perPage = Math.min(
		100,
		Math.max(1, Number(url.searchParams.get("per_page") ?? 30) || 30),
	);
	const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
	const last = Math.max(1, Math.ceil(items.length / perPage));
	const slice = items.slice((page - 1) * perPage, page * perPage);
	return {
		status: 200,
		body: slice,
		headers: linkHeader(url, page, last, baseUrl),
	};
}

function linkHeader(
	url: URL,
	page: number,
	last: number,
	baseUrl: string,
): Record<string, string> {
	const at = (n: number): string => {
		const u = new URL(url.pathname + url.search, baseUrl);
		u.searchParams.set("page", String(n));
		return `<${u.toString()}>`;
	};
	const links: string[] = [];
	// GitHub's order: prev, next, last, first; first/prev only after page 1, next/last only before the end.
	if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
	if (page < last) {
		links.push(`${at(page + 1)}; rel="next"`);
		links.push(`${at(last)}; rel="last"`);
	}
	if (page > 1) links.push(`${at(1)}; rel="first"`);
	return links.length > 0 ? { link: links.join(", ") } : {};
}
