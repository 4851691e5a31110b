#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);

// src/index/index-endpoint.ts
var DEFAULT_INDEX_URL = "https://pypi.org";
var INDEX_TOKEN_ENV = "PIN_AUDIT_INDEX_TOKEN";
function parseIndexEndpoint(raw, token = null) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    return {
      ok: false,
      error: `"${redactUrl(raw)}" is not an absolute URL (expected e.g. https://pypi.org/simple)`
    };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return {
      ok: false,
      error: `index URL must use https:// or http://, got ${url.protocol}`
    };
  const secrets = [];
  let authorization = null;
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
      secrets: [...new Set(secrets.filter((s) => s.length >= 3))]
    }
  };
}
function basic(user, password, secrets) {
  const encoded = Buffer.from(`${user}:${password}`).toString("base64");
  secrets.push(encoded);
  return `Basic ${encoded}`;
}
function redactUrl(text) {
  return text.replace(/:\/\/[^/@\s]*@/g, "://");
}
function listIndexSecrets(options) {
  const token = options.env?.[INDEX_TOKEN_ENV] ?? null;
  const secrets = /* @__PURE__ */ new Set();
  if (token) secrets.add(token);
  if (options.indexUrl !== void 0) {
    const parsed = parseIndexEndpoint(options.indexUrl, token);
    if (parsed.ok) for (const s of parsed.value.secrets) secrets.add(s);
  }
  return [...secrets];
}
function maskSecrets(text, secrets) {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length))
    if (secret.length > 0) out = out.split(secret).join("***");
  return out;
}

export {
  DEFAULT_INDEX_URL,
  INDEX_TOKEN_ENV,
  parseIndexEndpoint,
  redactUrl,
  listIndexSecrets,
  maskSecrets
};
