import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["test/**/*.test.ts"],
		globalSetup: ["test/support/isolate-code-cache.ts"],
		testTimeout: 30_000,
	},
});
