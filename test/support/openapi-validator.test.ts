import { describe, expect, it } from "vitest";
import {
	matchRoute,
	validateRequest,
	validateResponse,
} from "./openapi-validator.js";

const noQuery = new URLSearchParams();

describe("matchRoute", () => {
	it("prefers the template with more literal segments", () => {
		expect(matchRoute("PATCH", "/repos/o/r/issues/comments/42")).toEqual({
			template: "/repos/{owner}/{repo}/issues/comments/{comment_id}",
			operationId: "issues/update-comment",
			params: { owner: "o", repo: "r", comment_id: "42" },
		});
	});

	it("lets the contents path span segments and decodes it", () => {
		expect(
			matchRoute("GET", "/repos/o/r/contents/servers/scraper/uv%2Elock")
				?.params,
		).toEqual({ owner: "o", repo: "r", path: "servers/scraper/uv.lock" });
	});
});

describe("validateRequest", () => {
	it("accepts a well-formed comment creation", () => {
		expect(
			validateRequest({
				method: "POST",
				path: "/repos/o/r/issues/7/comments",
				query: noQuery,
				body: JSON.stringify({ body: "hello" }),
			}),
		).toEqual([]);
	});

	it("rejects a body of the wrong type and a misspelt field", () => {
		const violations = validateRequest({
			method: "POST",
			path: "/repos/o/r/issues/7/comments",
			query: noQuery,
			body: JSON.stringify({ body: 5, bdy: "x" }),
		});
		expect(violations.map((v) => v.kind)).toEqual([
			"request-body",
			"request-body",
		]);
		expect(violations[0]?.message).toContain('"bdy"');
		expect(violations[1]?.message).toContain("/body must be string");
	});

	it("rejects a missing required body", () => {
		expect(
			validateRequest({
				method: "PATCH",
				path: "/repos/o/r/issues/comments/1",
				query: noQuery,
				body: "",
			}).map((v) => v.message),
		).toEqual(["issues/update-comment requires a JSON body"]);
	});

	it("reports an unknown route", () => {
		expect(
			validateRequest({
				method: "POST",
				path: "/repos/o/r/issues/7/commentz",
				query: noQuery,
				body: "{}",
			}),
		).toEqual([
			{
				kind: "unknown-route",
				request: "POST /repos/o/r/issues/7/commentz",
				message:
					"no operation in GitHub's REST description matches POST /repos/o/r/issues/7/commentz",
			},
		]);
	});

	it("checks path and query parameter types and enums", () => {
		const violations = validateRequest({
			method: "GET",
			path: "/repos/o/r/issues/seven/comments",
			query: new URLSearchParams("per_page=many&sort=newest"),
			body: "",
		});
		expect(violations.map((v) => `${v.kind}: ${v.message}`)).toEqual([
			'path-param: path parameter issue_number="seven" is not a valid integer',
			'query-param: query parameter per_page="many" is not a valid integer',
			'query-param: query parameter sort="newest" is not a parameter of issues/list-comments',
		]);
		expect(
			validateRequest({
				method: "GET",
				path: "/repos/o/r/issues",
				query: new URLSearchParams("state=opened"),
				body: "",
			})[0]?.message,
		).toContain("must be equal to one of the allowed values");
	});

	it("accepts nullable fields as null (OpenAPI 3.0 nullable)", () => {
		expect(
			validateRequest({
				method: "PATCH",
				path: "/repos/o/r/issues/3",
				query: noQuery,
				body: JSON.stringify({ body: null, state: "closed", milestone: null }),
			}),
		).toEqual([]);
	});
});

describe("validateResponse", () => {
	it("rejects a comment missing required fields and an undocumented status", () => {
		const [missing] = validateResponse({
			method: "POST",
			path: "/repos/o/r/issues/7/comments",
			status: 201,
			contentType: "application/json",
			body: JSON.stringify({ id: 1, body: "x" }),
		});
		expect(missing?.kind).toBe("response-body");
		expect(missing?.message).toContain("must have required property");
		expect(
			validateResponse({
				method: "POST",
				path: "/repos/o/r/issues/7/comments",
				status: 418,
				contentType: "application/json",
				body: "{}",
			}).map((v) => v.kind),
		).toEqual(["response-status"]);
	});
});
