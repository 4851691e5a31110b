// The CLI's text format runs inside workflows: nothing from the repository may become a workflow command.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auditRepository } from "../../src/audit.js";
import {
	escapeTextValue,
	neutralizeWorkflowCommands,
} from "../../src/report/escape.js";
import { renderText } from "../../src/report/render-text.js";

const scratch = mkdtempSync(join(tmpdir(), "pin-audit-text-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A line the runner would take for a command: `::name ...::` at its start (after blanks), or `##[`. */
const COMMAND_LINE = /^\s*::|##\[/;

describe("text output hygiene", () => {
	it("prints no workflow command from directory names, with or without line breaks", async () => {
		const root = mkdtempSync(join(scratch, "repo-"));
		for (const dir of [
			"::add-mask::flask",
			"svc\n::warning file=x::pwned",
			"a\r\n  ::stop-commands::token",
			"##[error]x",
		]) {
			mkdirSync(join(root, dir), { recursive: true });
			writeFileSync(join(root, dir, "requirements.txt"), "flask\n");
		}
		const report = await auditRepository({ root });
		expect(report.projects).toHaveLength(4);
		for (const inventory of [false, true]) {
			const text = renderText(report, { color: false, inventory });
			const commands = text.split("\n").filter((l) => COMMAND_LINE.test(l));
			expect(commands).toEqual([]);
			// The names are still shown, readable.
			expect(text).toContain("add-mask::flask");
			expect(text).toContain("svc\\n:");
		}
	});

	it("escapes line breaks in values and neutralizes command lines", () => {
		expect(escapeTextValue("a\nb\r\u2028c\u001b[31m")).toBe(
			"a\\nb\\r\\u2028c\\u001b[31m",
		);
		expect(
			neutralizeWorkflowCommands("ok\n  ::error::x\n::set-output name=a::b\n"),
		).toBe("ok\n  :\u200b:error::x\n:\u200b:set-output name=a::b\n");
	});
});
