// A finding's message in the parts a short layout shows: the problem (its first sentence, up to the clause
// that explains why) and the closing sentence (what to do). Rules write "problem: why. More. Fix." and any
// table after a line break; `.` and `:` inside `code` never end anything.

export interface MessageParts {
	/** What is wrong: the first sentence, without its explanation after ": " when a closing sentence follows. */
	problem: string;
	/** The last sentence of the first line (a rule's fix), null when the message is one sentence. */
	closing: string | null;
}

export function splitMessageParts(message: string): MessageParts {
	// Lines after the first hold a table (the detail): never part of the short form.
	const first = message.split(/\r?\n/)[0] ?? "";
	const sentences = splitSentences(first);
	const head = sentences[0] ?? "";
	if (sentences.length < 2) return { problem: head, closing: null };
	return {
		problem: cutExplanation(head),
		closing: sentences[sentences.length - 1] ?? null,
	};
}

/** Sentences end at ". " outside backticks; each keeps its full stop. */
export function splitSentences(text: string): string[] {
	const out: string[] = [];
	let inCode = false;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "`") inCode = !inCode;
		else if (!inCode && c === "." && /^\s+\S/.test(text.slice(i + 1))) {
			out.push(text.slice(start, i + 1).trim());
			start = i + 1;
		}
	}
	out.push(text.slice(start).trim());
	return out.filter((sentence) => sentence !== "");
}

/**
 * `X is outside Y (key): the reason.` -> `X is outside Y (key).`; unchanged without a ": " outside code,
 * parentheses and double quotes (`(reason: "broken")` is part of the problem, and so is a quoted reason).
 */
function cutExplanation(sentence: string): string {
	let inCode = false;
	let inQuote = false;
	let depth = 0;
	for (let i = 0; i < sentence.length; i++) {
		const c = sentence[i];
		if (c === "`") inCode = !inCode;
		if (inCode) continue;
		if (c === '"') inQuote = !inQuote;
		else if (inQuote) continue;
		else if (c === "(") depth++;
		else if (c === ")") depth = Math.max(0, depth - 1);
		else if (c === ":" && depth === 0 && sentence[i + 1] === " " && i > 0)
			return `${sentence.slice(0, i)}.`;
	}
	return sentence;
}

/**
 * Words to wrap: split at spaces, but a `code span` stays one word (a requirement like `uv lock` or
 * `httpx>=0.27.1, <1` is never broken across lines).
 */
export function splitWords(text: string): string[] {
	// An unpaired backtick (from a repository's text) would glue the rest into one word.
	if ((text.match(/`/g)?.length ?? 0) % 2 !== 0)
		return text.split(" ").filter((word) => word !== "");
	const words: string[] = [];
	let word = "";
	let inCode = false;
	for (const c of text) {
		if (c === "`") inCode = !inCode;
		if (c === " " && !inCode) {
			if (word !== "") words.push(word);
			word = "";
		} else word += c;
	}
	if (word !== "") words.push(word);
	return words;
}
