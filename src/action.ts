import { runAction } from "./github/run-action.js";

await runAction();
