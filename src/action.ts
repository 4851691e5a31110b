import { enableCompileCache } from "./start-up/node-compile-cache.js";

// Before the rest of the action is loaded, so that its compilation is cached.
enableCompileCache();
const { runAction } = await import("./github/run-action.js");
await runAction();
