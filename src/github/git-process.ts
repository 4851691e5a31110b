// How pin-audit runs git, one command at a time (git-tree.ts's runGit) or as a batch (git-blob-reader.ts): never
// through a shell, never prompting for credentials, taking no optional locks, and bounded in time and output.

/** How long one git command may run, or a batch stay silent while a read waits. */
export const GIT_TIMEOUT_MS = 120_000;

/** What one git command may print, and the largest blob read: twice the audit's file-size limit (16 MB). */
export const GIT_OUTPUT_BYTES = 32 * 1024 * 1024;

/** git's environment: this process's, with prompts and optional locks turned off. */
export function gitEnvironment(): NodeJS.ProcessEnv {
	return {
		...process.env,
		GIT_TERMINAL_PROMPT: "0",
		GIT_ASKPASS: "",
		GIT_OPTIONAL_LOCKS: "0",
	};
}
