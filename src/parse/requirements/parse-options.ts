// One line's options as pip reads them: shlex.split (POSIX mode), then the optparse parser pip builds for a line.

import { append } from "../../model/append.js";
import { LONG_OPTIONS, OPTION_SPECS, type OptionSpec } from "./option-table.js";

/** Python's shlex.split(text): the words, or the error message Python raises. */
export function splitShell(text: string): string[] | string {
	// Without quotes or backslashes shlex only splits on whitespace (the usual `--hash=...` options).
	if (!/['"\\]/.test(text)) {
		return text === ""
			? []
			: text.split(/[ \t\r\n]+/).filter((word) => word !== "");
	}
	const words: string[] = [];
	let word = "";
	let inWord = false;
	let quote: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		if (quote === "'") {
			if (ch === "'") {
				quote = null;
			} else {
				word += ch;
			}
		} else if (quote === '"') {
			if (ch === '"') {
				quote = null;
			} else if (ch === "\\") {
				i++;
				if (i >= text.length) {
					return "No escaped character";
				}
				const next = text[i] as string;
				// Inside double quotes only `"` and `\` are escaped.
				word += next === '"' || next === "\\" ? next : `\\${next}`;
			} else {
				word += ch;
			}
		} else if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n") {
			if (inWord) {
				words.push(word);
				word = "";
				inWord = false;
			}
		} else if (ch === "'" || ch === '"') {
			quote = ch;
			inWord = true;
		} else if (ch === "\\") {
			i++;
			if (i >= text.length) {
				return "No escaped character";
			}
			word += text[i];
			inWord = true;
		} else {
			word += ch;
			inWord = true;
		}
	}
	if (quote !== null) {
		return "No closing quotation";
	}
	if (inWord) {
		words.push(word);
	}
	return words;
}

export interface OptionValue {
	option: OptionSpec;
	/** How it was written (`-r`, `--requirement`, `--req`). */
	spelling: string;
	value: string | null;
}

export interface ParsedOptions {
	values: OptionValue[];
	positional: string[];
}

/** optparse's parse_args over pip's line parser; returns the error message optparse gives. */
export function parseOptions(words: string[]): ParsedOptions | string {
	const values: OptionValue[] = [];
	const positional: string[] = [];
	let next = 0;
	const hasMore = (): boolean => next < words.length;
	const take = (): string => words[next++] as string;
	while (hasMore()) {
		const word = take();
		if (word === "--") {
			append(positional, words.slice(next));
			break;
		}
		if (word.startsWith("--")) {
			const equals = word.indexOf("=");
			const written = equals === -1 ? word : word.slice(0, equals);
			const option = matchLongOption(written);
			if (typeof option === "string") {
				return option;
			}
			let value: string | null = null;
			if (option.takesValue) {
				if (equals !== -1) {
					value = word.slice(equals + 1);
				} else if (hasMore()) {
					value = take();
				} else {
					return `${written} option requires 1 argument`;
				}
			} else if (equals !== -1) {
				return `${written} option does not take a value`;
			}
			const error = checkValue(option, written, value);
			if (error !== null) {
				return error;
			}
			values.push({ option, spelling: written, value });
		} else if (word.startsWith("-") && word !== "-") {
			// Short options cluster: `-rfile` is `-r file`.
			for (let i = 1; i < word.length; i++) {
				const spelling = `-${word[i]}`;
				const option = OPTION_SPECS.find((spec) =>
					spec.short.includes(spelling),
				);
				if (option === undefined) {
					return `no such option: ${spelling}`;
				}
				let value: string | null = null;
				if (option.takesValue) {
					if (i + 1 < word.length) {
						value = word.slice(i + 1);
					} else if (hasMore()) {
						value = take();
					} else {
						return `${spelling} option requires 1 argument`;
					}
				}
				const error = checkValue(option, spelling, value);
				if (error !== null) {
					return error;
				}
				values.push({ option, spelling, value });
				if (option.takesValue) {
					break;
				}
			}
		} else {
			positional.push(word);
		}
	}
	return { values, positional };
}

// optparse accepts any unambiguous prefix of a long option.
function matchLongOption(written: string): OptionSpec | string {
	const exact = LONG_OPTIONS.get(written);
	if (exact !== undefined) {
		return exact;
	}
	const candidates = OPTION_SPECS.flatMap((spec) =>
		spec.long
			.filter((long) => long.startsWith(written))
			.map((long) => ({ spec, long })),
	);
	const [first, ...others] = candidates;
	if (first === undefined) {
		return `no such option: ${written}`;
	}
	if (others.length > 0) {
		return `ambiguous option: ${written} (${candidates.map((candidate) => candidate.long).join(", ")}?)`;
	}
	return first.spec;
}

function checkValue(
	option: OptionSpec,
	spelling: string,
	value: string | null,
): string | null {
	if (value === null) {
		return null;
	}
	if (option.choices && !option.choices.includes(value)) {
		return `option ${spelling}: invalid choice: '${value}' (choose from ${option.choices.map((choice) => `'${choice}'`).join(", ")})`;
	}
	return option.check ? option.check(value, spelling) : null;
}

// One `--hash=<sha256|sha384|sha512>:<hex>` word and the blanks after it (or the end): a line whose options are
// only these passes optparse and checkHash.
const HASH_OPTION = /--hash=sha(?:256|384|512):[0-9A-Fa-f]*(?:[ \t\r\n]+|$)/y;

/**
 * The number of `--hash` options when they are the only options on the line, else null (the full parser). One
 * pass: each word is matched where the last one ended, and counted.
 */
export function countHashOptions(options: string): number | null {
	let count = 0;
	HASH_OPTION.lastIndex = 0;
	while (HASH_OPTION.lastIndex < options.length) {
		if (!HASH_OPTION.test(options)) return null;
		count++;
	}
	return count;
}
