// The command that regenerates a compiled requirements file, read from the header pip-compile and
// `uv pip compile` write ("...by the following command:" then the command on the next comment line). Pure.

/** The command as the header records it, null when the file has no such header. */
export function findCompileCommand(text: string): string | null {
	const lines = text.split(/\r\n|\n|\r/, 20);
	for (const [i, line] of lines.entries()) {
		if (!/^#.*following command:\s*$/i.test(line)) continue;
		for (const next of lines.slice(i + 1)) {
			if (!next.startsWith("#")) return null;
			const command = next.slice(1).trim();
			if (command !== "") return command;
		}
	}
	return null;
}
