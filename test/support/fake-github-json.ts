// The JSON GitHub sends for users, labels, reactions, issues and issue comments, with this fake's URLs.
import type {
	FakeComment,
	FakeIssue,
	FakeState,
	FakeUser,
} from "./fake-github-state.js";

export const HTML = "https://github.com";

export type JsonShapes = ReturnType<typeof createJsonShapes>;

export function createJsonShapes(state: FakeState, baseUrlOf: () => string) {
	const { owner, repo } = state;
	// Read on every call: the server's port is known only once it listens.
	const baseUrl = () => baseUrlOf();
	function commentJson(c: FakeComment): Record<string, unknown> {
		const issue = state.issues.find((i) => i.number === c.issueNumber);
		const kind = issue?.isPullRequest ? "pull" : "issues";
		return {
			url: `${baseUrl()}/repos/${owner}/${repo}/issues/comments/${c.id}`,
			html_url: `${HTML}/${owner}/${repo}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
			issue_url: `${baseUrl()}/repos/${owner}/${repo}/issues/${c.issueNumber}`,
			id: c.id,
			node_id: `IC_kwDO${Buffer.from(String(c.id)).toString("base64url")}`,
			user: simpleUser(c.user),
			created_at: c.createdAt,
			updated_at: c.updatedAt,
			author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
			body: c.body,
			reactions: reactions(
				`${baseUrl()}/repos/${owner}/${repo}/issues/comments/${c.id}/reactions`,
			),
			performed_via_github_app: null,
		};
	}

	function issueJson(i: FakeIssue): Record<string, unknown> {
		const api = `${baseUrl()}/repos/${owner}/${repo}/issues/${i.number}`;
		const kind = i.isPullRequest ? "pull" : "issues";
		return {
			url: api,
			repository_url: `${baseUrl()}/repos/${owner}/${repo}`,
			labels_url: `${api}/labels{/name}`,
			comments_url: `${api}/comments`,
			events_url: `${api}/events`,
			html_url: `${HTML}/${owner}/${repo}/${kind}/${i.number}`,
			id: 3_000_000_000 + i.number,
			node_id: `I_kwDO${Buffer.from(String(i.number)).toString("base64url")}`,
			number: i.number,
			title: i.title,
			user: simpleUser(i.user),
			labels: i.labels.map((name) => labelJson(name)),
			state: i.state,
			state_reason: i.stateReason,
			locked: false,
			assignee: null,
			assignees: [],
			milestone: null,
			comments: state.comments.filter((c) => c.issueNumber === i.number).length,
			created_at: i.createdAt,
			updated_at: i.updatedAt,
			closed_at: i.closedAt,
			author_association: "MEMBER",
			active_lock_reason: null,
			body: i.body,
			closed_by: null,
			reactions: reactions(`${api}/reactions`),
			timeline_url: `${api}/timeline`,
			performed_via_github_app: null,
			...(i.isPullRequest
				? {
						draft: false,
						pull_request: {
							url: `${baseUrl()}/repos/${owner}/${repo}/pulls/${i.number}`,
							html_url: `${HTML}/${owner}/${repo}/pull/${i.number}`,
							diff_url: `${HTML}/${owner}/${repo}/pull/${i.number}.diff`,
							patch_url: `${HTML}/${owner}/${repo}/pull/${i.number}.patch`,
							merged_at: null,
						},
					}
				: {}),
		};
	}

	function labelJson(name: string): Record<string, unknown> {
		const id =
			5_000_000 +
			([...name].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) % 1_000_000);
		return {
			id,
			node_id: `LA_kwDO${Buffer.from(name).toString("base64url")}`,
			url: `${baseUrl()}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
			name,
			description: null,
			color: "ededed",
			default: false,
		};
	}

	function simpleUser(u: FakeUser): Record<string, unknown> {
		const api = `${baseUrl()}/users/${encodeURIComponent(u.login)}`;
		return {
			login: u.login,
			id: u.id,
			node_id: `${u.type === "Bot" ? "BOT" : "U"}_kgDO${Buffer.from(String(u.id)).toString("base64url")}`,
			avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
			gravatar_id: "",
			url: api,
			html_url:
				u.type === "Bot"
					? `${HTML}/apps/${u.login.replace(/\[bot\]$/, "")}`
					: `${HTML}/${u.login}`,
			followers_url: `${api}/followers`,
			following_url: `${api}/following{/other_user}`,
			gists_url: `${api}/gists{/gist_id}`,
			starred_url: `${api}/starred{/owner}{/repo}`,
			subscriptions_url: `${api}/subscriptions`,
			organizations_url: `${api}/orgs`,
			repos_url: `${api}/repos`,
			events_url: `${api}/events{/privacy}`,
			received_events_url: `${api}/received_events`,
			type: u.type,
			user_view_type: "public",
			site_admin: false,
		};
	}

	function publicUser(u: FakeUser): Record<string, unknown> {
		return {
			...simpleUser(u),
			name: null,
			company: null,
			blog: "",
			location: null,
			email: null,
			hireable: null,
			bio: null,
			twitter_username: null,
			public_repos: 1,
			public_gists: 0,
			followers: 0,
			following: 0,
			created_at: "2020-01-01T00:00:00Z",
			updated_at: "2025-01-01T00:00:00Z",
		};
	}

	function reactions(url: string): Record<string, unknown> {
		return {
			url,
			total_count: 0,
			"+1": 0,
			"-1": 0,
			laugh: 0,
			hooray: 0,
			confused: 0,
			heart: 0,
			rocket: 0,
			eyes: 0,
		};
	}

	return {
		commentJson,
		issueJson,
		labelJson,
		simpleUser,
		publicUser,
		reactions,
	};
}
