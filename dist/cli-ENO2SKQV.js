#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  createSharedLookup,
  firstHeader,
  readLimitedBody
} from "./cli-RVSLQIFB.js";
import "./cli-2YH6FNA5.js";

// src/index/direct-transport.ts
import {
  Agent as HttpAgent,
  request as httpRequest
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
var IDLE_SOCKET_MS = 1e4;
function createDirectTransport(connections) {
  const options = {
    keepAlive: true,
    maxSockets: connections,
    // An idle socket is closed after 10 s, or a second before the server's own `Keep-Alive: timeout` (Node
    // applies the hint only when a timeout is set): a request is not sent on a connection being closed.
    timeout: IDLE_SOCKET_MS,
    lookup: createSharedLookup()
  };
  const agents = {
    http: new HttpAgent(options),
    https: new HttpsAgent(options)
  };
  return {
    send(url, headers, timeoutMs) {
      const target = new URL(url);
      const secure = target.protocol === "https:";
      const send = secure ? httpsRequest : httpRequest;
      return new Promise((resolve, reject) => {
        const request = send(
          target,
          {
            method: "GET",
            headers,
            agent: secure ? agents.https : agents.http,
            // The whole exchange, body included: an abort destroys the response too.
            signal: AbortSignal.timeout(timeoutMs)
          },
          (response) => answer(response).then(resolve, reject)
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
