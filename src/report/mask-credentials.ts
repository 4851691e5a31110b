// Whatever a finding quotes from the repository (an invalid line, a link's target) reaches comments, summaries,
// annotations and logs. A file that is not a dependency file (a link to `.git/config`) may hold credentials:
// every message is clipped to a short excerpt and anything shaped like a credential is masked. All patterns start
// with a literal, so each runs in linear time on pull-request text.

/** Longest message a file or discovery finding carries: a quoted line is an excerpt, never a file. */
export const MAX_MESSAGE_CHARS = 600;

const URL_USERINFO = /:\/\/[^/@\s]*@/g;
const GITHUB_TOKEN =
	/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
const AUTHORIZATION = /(authorization\s*[:=]\s*)[^\r\n]*/gi;

/** `text` with URL user-info, GitHub tokens and `Authorization` header values replaced by `***`. */
export function maskCredentials(text: string): string {
	return text
		.replace(URL_USERINFO, "://***@")
		.replace(GITHUB_TOKEN, "***")
		.replace(AUTHORIZATION, "$1***");
}

/** A message that quotes the repository, clipped to an excerpt. */
export function clipExcerpt(text: string): string {
	return text.length > MAX_MESSAGE_CHARS
		? `${text.slice(0, MAX_MESSAGE_CHARS - 1)}…`
		: text;
}
