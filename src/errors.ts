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
