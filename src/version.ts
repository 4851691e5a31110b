// Replaced at bundle time by esbuild's `define` with package.json's version; tests run from source see "dev".
declare const __PIN_AUDIT_VERSION__: string | undefined;

export const TOOL_NAME = "pin-audit";
export const TOOL_VERSION: string =
	typeof __PIN_AUDIT_VERSION__ === "string" ? __PIN_AUDIT_VERSION__ : "dev";

/** Where pin-audit lives: its source, documentation and issues. */
export const TOOL_URL = "https://github.com/pin-audit/pin-audit";
