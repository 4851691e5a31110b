import { describe, expect, it } from "vitest";
import { findDriftIssues } from "../../src/github/drift-issue.js";
import type { RestClient } from "../../src/github/rest-client.js";
import { DRIFT_MARKER } from "../../src/report/render-drift.js";

interface FakeIssue {
	number: number;
	body: string;
	user: { login: string; type: string };
}

// A tiny in-process fake of GET /repos/{owner}/{repo}/issues that honours `creator`, recording each query.
function fakeIssues(issues: FakeIssue[]) {
	const queries: Record<string, unknown>[] = [];
	const client: RestClient = {
		request: async (route: string, params: Record<string, unknown> = {}) => {
			if (route !== "GET /repos/{owner}/{repo}/issues")
				throw new Error(`unexpected ${route}`);
			queries.push(params);
			const page = (params.page as number) ?? 1;
			const mine = issues.filter(
				(i) => params.creator === undefined || i.user.login === params.creator,
			);
			const data =
				page === 1
					? mine.map((i) => ({
							...i,
							title: "drift",
							state: "open",
							labels: [],
						}))
					: [];
			return { status: 200, data, headers: {}, url: "" };
		},
	} as RestClient;
	return { client, queries };
}

const target = (login: string, installation: boolean) => ({
	owner: "o",
	repo: "r",
	author: { login, installation },
});
const drift = (number: number, login: string, type = "Bot"): FakeIssue => ({
	number,
	body: `${DRIFT_MARKER}\nbehind`,
	user: { login, type },
});

describe("findDriftIssues", () => {
	it("finds the workflow token's issue with one creator-filtered query", async () => {
		const gh = fakeIssues([drift(3, "github-actions[bot]")]);
		const found = await findDriftIssues(
			gh.client,
			target("github-actions[bot]", true),
		);
		expect(found.map((i) => i.number)).toEqual([3]);
		expect(gh.queries.map((q) => q.creator)).toEqual(["github-actions[bot]"]);
	});

	it("finds a GitHub App token's issue (written as <app>[bot]) by searching every author's bot issues", async () => {
		const gh = fakeIssues([
			drift(4, "mallory", "User"),
			drift(5, "acme-ci[bot]"),
		]);
		const found = await findDriftIssues(
			gh.client,
			target("github-actions[bot]", true),
		);
		expect(found.map((i) => i.number)).toEqual([5]);
		expect(gh.queries.map((q) => q.creator)).toEqual([
			"github-actions[bot]",
			undefined,
		]);
	});

	it("never takes another author's issue when the token knows its own login", async () => {
		const gh = fakeIssues([drift(5, "acme-ci[bot]")]);
		expect(
			await findDriftIssues(gh.client, target("octo-user", false)),
		).toEqual([]);
		expect(gh.queries).toHaveLength(1);
	});
});
