// The CLI run in this process with its output captured, as a terminal-less shell would run it: no TTY, an
// empty environment unless given.
import type { CliIo } from "../../src/cli/cli-options.js";
import { runCli } from "../../src/run-cli.js";

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export async function runCliCaptured(
	argv: readonly string[],
	io: Partial<Pick<CliIo, "env" | "isTty" | "columns">> = {},
): Promise<CliResult> {
	let stdout = "";
	let stderr = "";
	const code = await runCli(argv, {
		stdout: (text) => {
			stdout += text;
		},
		stderr: (text) => {
			stderr += text;
		},
		env: {},
		isTty: false,
		...io,
	});
	return { code, stdout, stderr };
}
