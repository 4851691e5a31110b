import { describe, expect, it } from "vitest";
import {
	listIndexSecrets,
	maskSecrets,
	parseIndexEndpoint,
	redactUrl,
} from "../../src/index/index-endpoint.js";

describe("parseIndexEndpoint", () => {
	it("strips userinfo into a Basic header and lists every form of the secret", () => {
		const parsed = parseIndexEndpoint(
			"https://ci:p%40ss-word@artifactory.example/api/pypi/pypi/simple/",
		);
		expect(parsed.ok && parsed.value.url).toBe(
			"https://artifactory.example/api/pypi/pypi/simple",
		);
		expect(parsed.ok && parsed.value.api).toBe("simple");
		expect(parsed.ok && parsed.value.authorization).toBe(
			`Basic ${Buffer.from("ci:p@ss-word").toString("base64")}`,
		);
		expect(parsed.ok && parsed.value.secrets).toEqual(
			expect.arrayContaining(["p@ss-word", "p%40ss-word"]),
		);
	});

	it("takes a token over the URL: bearer, or Basic for user:password", () => {
		const bearer = parseIndexEndpoint("https://pypi.org", "tok-123456");
		expect(bearer.ok && bearer.value).toEqual({
			url: "https://pypi.org",
			api: "json",
			authorization: "Bearer tok-123456",
			secrets: ["tok-123456", "Bearer tok-123456"],
		});
		const basic = parseIndexEndpoint(
			"https://gitlab.example/api/v4/projects/1/packages/pypi/simple",
			"__token__:glpat-abc",
		);
		expect(basic.ok && basic.value.authorization).toBe(
			`Basic ${Buffer.from("__token__:glpat-abc").toString("base64")}`,
		);
	});

	it("rejects what is not an http(s) URL without echoing credentials", () => {
		expect(parseIndexEndpoint("ftp://u:secret-pw@host/simple")).toEqual({
			ok: false,
			error: "index URL must use https:// or http://, got ftp:",
		});
		const bad = parseIndexEndpoint("not a url with secret-pw");
		expect(bad.ok).toBe(false);
	});
});

describe("redaction", () => {
	it("removes userinfo from URLs inside any text", () => {
		expect(
			redactUrl("GET https://u:pw@host/simple/ failed; see http://tok@h2/x"),
		).toBe("GET https://host/simple/ failed; see http://h2/x");
	});

	it("lists the secrets to register and masks them", () => {
		const secrets = listIndexSecrets({
			indexUrl: "https://user:hunter22@idx.example/simple",
			env: {},
		});
		expect(secrets).toContain("hunter22");
		expect(maskSecrets("password hunter22 leaked", secrets)).toBe(
			"password *** leaked",
		);
		expect(
			listIndexSecrets({ env: { PIN_AUDIT_INDEX_TOKEN: "abc-token" } }),
		).toEqual(["abc-token"]);
	});
});
