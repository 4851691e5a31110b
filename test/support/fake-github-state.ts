// What the fake GitHub holds: users, issues (pull requests are issues too), comments, files per ref for the
// contents API, the git objects and refs of the Git Data API, and the pull requests' own fields.
import type { FakeGitState } from "./fake-git-objects.js";
import type { PullReviewState } from "./fake-pull-reviews.js";

export interface FakeUser {
	login: string;
	id: number;
	type: "User" | "Bot" | "Organization";
}

/** The author GitHub shows for anything written with a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: FakeUser = {
	login: "github-actions[bot]",
	id: 41898282,
	type: "Bot",
};

export interface FakeComment {
	id: number;
	issueNumber: number;
	body: string;
	user: FakeUser;
	createdAt: string;
	updatedAt: string;
}

export interface FakeIssue {
	number: number;
	title: string;
	body: string | null;
	state: "open" | "closed";
	stateReason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
	labels: string[];
	user: FakeUser;
	/** A pull request is an issue too; GitHub lists both under /issues. */
	isPullRequest: boolean;
	createdAt: string;
	updatedAt: string;
	closedAt: string | null;
}

/** A pull request's own fields; its number, title, body, state and author are its issue's. */
export interface FakePull {
	number: number;
	/** Head and base branch names (this repository's). */
	head: string;
	base: string;
	maintainerCanModify: boolean;
}

export interface FakeState {
	owner: string;
	repo: string;
	defaultBranch: string;
	comments: FakeComment[];
	issues: FakeIssue[];
	/** ref (branch name or commit sha) -> path -> file text, for the contents API. */
	files: Record<string, Record<string, string>>;
	/** Blobs, trees, commits and refs of the Git Data API (fake-git-objects.ts). */
	git: FakeGitState;
	pulls: FakePull[];
	/** Pull requests' files, review comments and reviews (fake-pull-reviews.ts). */
	pullFiles: PullReviewState["pullFiles"];
	reviewComments: PullReviewState["reviewComments"];
	reviews: PullReviewState["reviews"];
}
