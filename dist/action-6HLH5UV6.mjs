#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  createSharedLookup,
  firstHeader,
  readLimitedBody
} from "./action-6BJ6YRLG.mjs";
import "./action-Z5F5GIAF.mjs";

// src/index/proxy-transport.ts
async function createProxyTransport(env, connections) {
  const loaded = await import("./action-FLI7UPFB.mjs");
  const undici = loaded.default ?? loaded;
  const dispatcher = proxyAgent(undici, env, connections);
  return {
    async send(url, headers, timeoutMs) {
      const response = await undici.request(url, {
        method: "GET",
        headers,
        dispatcher,
        signal: AbortSignal.timeout(timeoutMs)
      });
      const body = await readLimitedBody(
        response.body,
        firstHeader(response.headers["content-length"]),
        () => response.body.destroy()
      );
      return {
        status: response.statusCode,
        header: (name) => firstHeader(response.headers[name]),
        body
      };
    }
  };
}
function proxyAgent(undici, env, connections) {
  const httpsProxy = env.HTTPS_PROXY ?? env.https_proxy;
  const httpProxy = env.HTTP_PROXY ?? env.http_proxy;
  const noProxy = env.NO_PROXY ?? env.no_proxy;
  return new undici.EnvHttpProxyAgent({
    connections,
    keepAliveTimeout: 1e4,
    // undici's type asks for a `port` here; it sets the port itself on each connection.
    connect: {
      lookup: createSharedLookup()
    },
    ...httpProxy ? { httpProxy } : {},
    ...httpsProxy ? { httpsProxy } : {},
    ...noProxy !== void 0 ? { noProxy } : {}
  });
}
export {
  createProxyTransport
};
