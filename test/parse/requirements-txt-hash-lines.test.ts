import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countHashOptions } from "../../src/parse/requirements/parse-options.js";
import { parseRequirementsTxt } from "../../src/parse/requirements-txt.js";

const SHA256 = "0f".repeat(32);

function parse(text: string) {
	const { value, diagnostics } = parseRequirementsTxt(text, "requirements.txt");
	return {
		requirements: value.requirements.map(
			({ name, specifier, hashes, line }) => ({
				name,
				specifier,
				hashes,
				line,
			}),
		),
		diagnostics,
	};
}

// pip-compile's hashed lines take a shortcut past optparse; these pin that it means what optparse says.
describe("parseRequirementsTxt: pip-compile --generate-hashes lines", () => {
	it("counts the hashes of a continued line and reports nothing", () => {
		const text = [
			"anyio==4.6.2 \\",
			`    --hash=sha256:${SHA256} \\`,
			`    --hash=sha384:${"ab".repeat(48)} \\`,
			`    --hash=sha512:${"CD".repeat(64)}`,
			"    # via mcp",
			"idna==3.10",
		].join("\n");
		expect(parse(text)).toEqual({
			requirements: [
				{ name: "anyio", specifier: "==4.6.2", hashes: 3, line: 1 },
				{ name: "idna", specifier: "==3.10", hashes: 0, line: 6 },
			],
			diagnostics: [],
		});
	});

	it("still rejects an algorithm pip does not allow", () => {
		const result = parse(`anyio==4.6.2 --hash=md5:${SHA256}`);
		expect(result.requirements).toEqual([]);
		expect(result.diagnostics).toEqual([
			{
				severity: "error",
				line: 1,
				message: expect.stringContaining("not 'md5'"),
			},
		]);
	});

	it("reads the other spellings optparse accepts as hashes too", () => {
		expect(
			parse(`anyio==4.6.2 --hash sha256:${SHA256} --has=sha256:not-hex`),
		).toEqual({
			requirements: [
				{ name: "anyio", specifier: "==4.6.2", hashes: 2, line: 1 },
			],
			diagnostics: [],
		});
	});

	it("warns about a file option on a requirement line, hashes or not", () => {
		const result = parse(`anyio==4.6.2 --hash=sha256:${SHA256} --pre`);
		expect(result.requirements).toEqual([
			{ name: "anyio", specifier: "==4.6.2", hashes: 1, line: 1 },
		]);
		expect(result.diagnostics).toEqual([
			{
				severity: "warning",
				line: 1,
				message: "pip ignores --pre on a requirement line",
			},
		]);
	});
});

describe("countHashOptions", () => {
	// The meaning, as one anchored pattern: hash words and blanks, nothing else.
	const reference = (options: string): number | null =>
		/^(?:--hash=sha(?:256|384|512):[0-9A-Fa-f]*(?:[ \t\r\n]+|$))*$/.test(
			options,
		)
			? options.split("--hash=").length - 1
			: null;
	const words = fc.constantFrom(
		"--hash=sha256:",
		"--hash=sha384:",
		"--hash=sha512:",
		"--hash=sha1:",
		"--hash=",
		"-h",
		"0f",
		"AB",
		"g",
		" ",
		"\t",
		"\r",
		"\n",
		"\f",
		"#",
		SHA256,
	);

	it("counts exactly the options that are only hash words, as the anchored pattern reads them", () => {
		fc.assert(
			fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
				const options = parts.join("");
				expect(countHashOptions(options)).toBe(reference(options));
			}),
			{ numRuns: 5000 },
		);
		expect(countHashOptions("")).toBe(0);
		expect(countHashOptions(`--hash=sha256:${SHA256}`)).toBe(1);
		expect(countHashOptions(`--hash=sha256:${SHA256} `)).toBe(1);
		expect(countHashOptions(`--hash=sha256:${SHA256}--hash=sha256:0`)).toBe(
			null,
		);
	});
});
