// A mistake the user can fix (bad policy file, bad flag, bad input value). Shown as a message, never with a
// stack trace; anything else that is thrown is a bug and is shown with its stack.
export class ConfigurationError extends Error {
	override name = "ConfigurationError";
	constructor(
		message: string,
		readonly file: string | null = null,
		readonly line: number | null = null,
	) {
		super(message);
	}
}

/** "file:line: message" when the mistake has a place, else the message: how every front end shows it. */
export function describeConfigurationError(error: ConfigurationError): string {
	if (error.file === null) return error.message;
	const where = `${error.file}${error.line ? `:${error.line}` : ""}`;
	// Some messages name their file already ("pyproject.toml has no [tool.pin-audit] table").
	return error.message.startsWith(error.file)
		? error.message
		: `${where}: ${error.message}`;
}
