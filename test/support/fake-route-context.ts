// What every route family of the fake GitHub (issues, contents, Git Data, pulls, reviews) is given: the
// repository, the clock, ids, the state, and the JSON shapes.
import type { Answer } from "./fake-github-answers.js";
import type { JsonShapes } from "./fake-github-json.js";
import type { FakeIssue, FakeState, FakeUser } from "./fake-github-state.js";
import type { ReviewRouteContext } from "./fake-pull-reviews.js";
import type { RouteMatch } from "./openapi-validator.js";

export interface RouteContext extends ReviewRouteContext {
	state: FakeState;
	json: JsonShapes;
	findIssue: (raw: string | undefined) => FakeIssue | undefined;
	nextIssueNumber: () => number;
	/** Who owns the repository (an organization). */
	ownerUser: FakeUser;
}

/** A route family: its answer, or undefined when `key` (`METHOD /template`) is not one of its routes. */
export type RouteFamily = (
	ctx: RouteContext,
	key: string,
	match: RouteMatch,
	url: URL,
	body: unknown,
	headers: Record<string, string | string[] | undefined>,
) => Answer | undefined | null;
