import * as core from "@actions/core";
import { ConfigurationError } from "../errors.js";

// Every input is read here, once. Defaults live here (and, for the policy, in its schema), not in action.yml,
// so an unset input never silently overrides a policy file.
export interface ActionInputs {
	path: string;
	failOn: "error" | "warning" | "never";
}

export function loadInputs(): ActionInputs {
	const path = core.getInput("path") || ".";
	const failOn = core.getInput("fail-on") || "error";
	if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
		throw new ConfigurationError(
			`input fail-on must be error, warning or never; got "${failOn}"`,
		);
	}
	return { path, failOn };
}
