/** POSIX shell quoting for a command pin-audit prints: paths and names come from the repository. */
export function shellQuote(text: string): string {
	return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text)
		? text
		: `'${text.replaceAll("'", `'\\''`)}'`;
}
