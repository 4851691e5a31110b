import { ConfigurationError, describeConfigurationError } from "../errors.js";
import { stripControls } from "../report/escape.js";

/** A configuration mistake is shown as its message; anything else is a bug, shown with its stack. */
export function describeFailure(error: unknown): string {
	if (error instanceof ConfigurationError)
		return stripControls(describeConfigurationError(error));
	if (error instanceof Error)
		return `internal error (please report it): ${stripControls(error.stack ?? error.message)}`;
	let text: string;
	try {
		text = String(error);
	} catch {
		text = "an unprintable value was thrown";
	}
	return `internal error (please report it): ${stripControls(text)}`;
}
