// An index URL as the client uses it: which API it speaks, where credentials come from, and how to show it
// without them. Credentials live only in the `authorization` header value and in `secrets`.

/** The public PyPI, used when nothing else names an index. */
export const DEFAULT_INDEX_URL = "https://pypi.org";

/** Environment variable holding a token for the index (sent as a bearer token, or Basic when `user:password`). */
export const INDEX_TOKEN_ENV = "PIN_AUDIT_INDEX_TOKEN";

export interface IndexEndpoint {
	/** The URL without credentials, query or fragment, without a trailing slash: safe to print. */
	url: string;
	/**
	 * `simple`: a PEP 503/691 Simple API root (the URL ends in `/simple`, as pip, uv and every private index
	 * write it); `json`: PyPI's JSON API root (`<url>/pypi/<name>/<version>/json`).
	 */
	api: "simple" | "json";
	/** Value of the Authorization header, null without credentials. Sent to this URL's origin only. */
	authorization: string | null;
	/** Every credential string that must never be printed. */
	secrets: string[];
}

export type EndpointResult =
	| { ok: true; value: IndexEndpoint }
	| { ok: false; error: string };

/**
 * Reads an index URL such as `https://user:pass@host/simple/` or `https://pypi.org`. The token (from
 * PIN_AUDIT_INDEX_TOKEN or an input) wins over URL userinfo. Never throws; an error never contains a credential.
 */
export function parseIndexEndpoint(
	raw: string,
	token: string | null = null,
): EndpointResult {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		return {
			ok: false,
			error: `"${redactUrl(raw)}" is not an absolute URL (expected e.g. https://pypi.org/simple)`,
		};
	}
	if (url.protocol !== "https:" && url.protocol !== "http:")
		return {
			ok: false,
			error: `index URL must use https:// or http://, got ${url.protocol}`,
		};
	const secrets: string[] = [];
	let authorization: string | null = null;
	const user = decodeURIComponent(url.username);
	const password = decodeURIComponent(url.password);
	if (token !== null && token !== "") {
		secrets.push(token);
		if (token.includes(":")) {
			const [tokenUser = "", ...rest] = token.split(":");
			secrets.push(rest.join(":"));
			authorization = basic(tokenUser, rest.join(":"), secrets);
		} else authorization = `Bearer ${token}`;
	} else if (user !== "" || password !== "") {
		// pip and uv: a bare userinfo without ':' is a token used as the username.
		authorization = basic(user, password, secrets);
	}
	if (url.username !== "") secrets.push(url.username, user);
	if (url.password !== "") secrets.push(url.password, password);
	if (authorization !== null) secrets.push(authorization);
	url.username = "";
	url.password = "";
	url.search = "";
	url.hash = "";
	const clean = url.toString().replace(/\/+$/, "");
	const api = /\/simple$/i.test(new URL(clean).pathname) ? "simple" : "json";
	return {
		ok: true,
		value: {
			url: clean,
			api,
			authorization,
			secrets: [...new Set(secrets.filter((s) => s.length >= 3))],
		},
	};
}

function basic(user: string, password: string, secrets: string[]): string {
	const encoded = Buffer.from(`${user}:${password}`).toString("base64");
	secrets.push(encoded);
	return `Basic ${encoded}`;
}

/** The URL with any `user:password@` removed; works on strings that are not valid URLs too. */
export function redactUrl(text: string): string {
	// Anchored on the literal `://`: a scheme pattern in front would rescan every long word (quadratic).
	return text.replace(/:\/\/[^/@\s]*@/g, "://");
}

/**
 * Every credential the audit could send, so the GitHub action can register each one as a secret
 * (`core.setSecret`) before anything is logged.
 */
export function listIndexSecrets(options: {
	indexUrl?: string | undefined;
	env?: Readonly<Record<string, string | undefined>>;
}): string[] {
	const token = options.env?.[INDEX_TOKEN_ENV] ?? null;
	const secrets = new Set<string>();
	if (token) secrets.add(token);
	if (options.indexUrl !== undefined) {
		const parsed = parseIndexEndpoint(options.indexUrl, token);
		if (parsed.ok) for (const s of parsed.value.secrets) secrets.add(s);
	}
	return [...secrets];
}

/** Replaces every secret in `text` with `***`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of [...secrets].sort((a, b) => b.length - a.length))
		if (secret.length > 0) out = out.split(secret).join("***");
	return out;
}
