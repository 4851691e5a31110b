import { runCli } from "./run-cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	env: process.env,
	isTty: Boolean(process.stdout.isTTY),
});
