import { describe, expect, it } from "vitest";
import {
	ConfigurationError,
	describeConfigurationError,
} from "../src/errors.js";
import { describeFailure } from "../src/github/describe-failure.js";

describe("a configuration mistake", () => {
	it("is shown with its place once, in the CLI and in the action alike", () => {
		const error = new ConfigurationError(
			"unknown key `pins.defualt`; did you mean `default`?",
			"pin-audit.toml",
			3,
		);
		expect(describeConfigurationError(error)).toBe(
			"pin-audit.toml:3: unknown key `pins.defualt`; did you mean `default`?",
		);
		expect(describeFailure(error)).toBe(describeConfigurationError(error));
	});

	it("does not repeat a file its message already names, and has no place when it has none", () => {
		expect(
			describeConfigurationError(
				new ConfigurationError(
					"pyproject.toml has no [tool.pin-audit] table",
					"pyproject.toml",
					null,
				),
			),
		).toBe("pyproject.toml has no [tool.pin-audit] table");
		expect(
			describeConfigurationError(
				new ConfigurationError(
					'input "fail-on" must be one of error, warning, never',
				),
			),
		).toBe('input "fail-on" must be one of error, warning, never');
	});

	it("is told apart from a bug, which keeps its stack", () => {
		expect(describeFailure(new Error("boom"))).toMatch(
			/^internal error \(please report it\): Error: boom\n\s+at /,
		);
	});
});
