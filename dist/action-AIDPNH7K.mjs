#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  createSharedLookup,
  firstHeader,
  readLimitedBody
} from "./action-6BJ6YRLG.mjs";
import "./action-Z5F5GIAF.mjs";

// src/index/direct-transport.ts
import { lookup as dnsLookup } from "node:dns";

// src/index/host-check.ts
function createHostCheck(lookup) {
  const resolved = /* @__PURE__ */ new Set();
  const open = /* @__PURE__ */ new Map();
  return (hostname, timeoutMs) => {
    const name = hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
    if (isAddressLiteral(name) || resolved.has(name)) return Promise.resolve();
    let question = open.get(name);
    if (question === void 0) {
      question = withTimeout(ask(lookup, name), timeoutMs);
      open.set(name, question);
      question.then(
        () => {
          resolved.add(name);
          open.delete(name);
        },
        () => open.delete(name)
      );
    }
    return question;
  };
}
function isAddressLiteral(host) {
  return host.includes(":") || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}
function ask(lookup, hostname) {
  return new Promise((resolve, reject) => {
    try {
      lookup(
        hostname,
        { all: true },
        (error) => error ? reject(error) : resolve()
      );
    } catch (error) {
      reject(error);
    }
  });
}
function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(
        new DOMException(
          "The operation was aborted due to timeout",
          "TimeoutError"
        )
      ),
      ms
    );
    timer.unref();
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });
}

// src/index/direct-transport.ts
var IDLE_SOCKET_MS = 1e4;
function createDirectTransport(connections, resolve = dnsLookup) {
  const lookup = createSharedLookup(resolve);
  const checkHost = createHostCheck(lookup);
  const options = {
    keepAlive: true,
    maxSockets: connections,
    // An idle socket is closed after 10 s, or a second before the server's own `Keep-Alive: timeout` (Node
    // applies the hint only when a timeout is set): a request is not sent on a connection being closed.
    timeout: IDLE_SOCKET_MS,
    lookup
  };
  const clients = /* @__PURE__ */ new Map();
  const clientFor = (secure) => {
    const key = secure ? "https" : "http";
    let client = clients.get(key);
    if (client === void 0) {
      const loaded = secure ? import("node:https") : import("node:http");
      client = loaded.then((m) => ({
        agent: new m.Agent(options),
        send: m.request
      }));
      clients.set(key, client);
    }
    return client;
  };
  return {
    resolve: (hostname, timeoutMs) => checkHost(hostname, timeoutMs),
    async send(url, headers, timeoutMs) {
      const target = new URL(url);
      const asked = process.hrtime.bigint();
      await checkHost(target.hostname, timeoutMs);
      const waited = Number(process.hrtime.bigint() - asked) / 1e6;
      const signal = AbortSignal.timeout(
        Math.max(1, Math.ceil(timeoutMs - waited))
      );
      const client = await clientFor(target.protocol === "https:");
      return new Promise((resolve2, reject) => {
        const request = client.send(
          target,
          { method: "GET", headers, agent: client.agent, signal },
          (response) => answer(response).then(resolve2, reject)
        );
        request.on("error", reject);
        request.end();
      });
    }
  };
}
async function answer(response) {
  const body = await readLimitedBody(
    response,
    firstHeader(response.headers["content-length"]),
    () => response.destroy()
  );
  return {
    status: response.statusCode ?? 0,
    header: (name) => firstHeader(response.headers[name]),
    body
  };
}
export {
  createDirectTransport
};
