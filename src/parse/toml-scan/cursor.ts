// The TOML scanner's position in the text: the character codes it looks for, the lazily counted line
// numbers, the first TOML 1.1 construct it met, and the steps over blanks and comments.

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const QUOTE = 34;
export const HASH = 35;
export const APOSTROPHE = 39;
export const COMMA = 44;
export const DASH = 45;
export const DOT = 46;
export const COLON = 58;
export const OPEN_BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;

export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** TOML 1.0 bare keys: A-Za-z0-9_- */
export function isBareKeyChar(c: number): boolean {
	return (
		(c >= 97 && c <= 122) ||
		(c >= 65 && c <= 90) ||
		isDigit(c) ||
		c === 95 ||
		c === DASH
	);
}

/** Thrown inside the scanner when it meets something it cannot follow; positions found so far stay. */
export class ScanStop extends Error {}

export const TOML_1_1 = "tomllib reads TOML 1.0, where";

export class TomlCursor {
	/** The offset of the next character to read. */
	i = 0;
	readonly n: number;
	/** The first construct tomllib would reject and smol-toml accepts. */
	violation: { line: number; message: string } | null = null;
	// Lines are counted lazily: positions are asked for in increasing order, so this stays linear. The next line
	// break is remembered, so that positions on one long line do not search the rest of it again each time.
	private counted = 0;
	private countedLine = 1;
	/** Offset of the first "\n" at or after `counted`; -1: none. */
	private nextBreak: number;

	constructor(readonly s: string) {
		this.n = s.length;
		this.nextBreak = s.indexOf("\n");
	}

	lineAt(pos: number): number {
		if (pos < this.counted) {
			this.counted = 0;
			this.countedLine = 1;
			this.nextBreak = this.s.indexOf("\n");
		}
		let next = this.nextBreak;
		while (next !== -1 && next < pos) {
			this.countedLine++;
			next = this.s.indexOf("\n", next + 1);
		}
		this.counted = pos;
		this.nextBreak = next;
		return this.countedLine;
	}

	violate(pos: number, message: string): void {
		if (this.violation === null)
			this.violation = { line: this.lineAt(pos), message };
	}

	skipBlanks(): void {
		for (;;) {
			const c = this.s.charCodeAt(this.i);
			if (c === SPACE || c === TAB) this.i++;
			else return;
		}
	}

	skipComment(): void {
		if (this.s.charCodeAt(this.i) !== HASH) return;
		while (this.i < this.n) {
			const c = this.s.charCodeAt(this.i);
			if (c === LF || c === CR) return;
			this.i++;
		}
	}

	skipBlanksNewlinesComments(): void {
		while (this.i < this.n) {
			const c = this.s.charCodeAt(this.i);
			if (c === SPACE || c === TAB || c === LF || c === CR) this.i++;
			else if (c === HASH) this.skipComment();
			else return;
		}
	}

	// TOML 1.0: an inline table is one line, without a trailing comma.
	skipInlineBlanks(): void {
		while (this.i < this.n) {
			const c = this.s.charCodeAt(this.i);
			if (c === SPACE || c === TAB) this.i++;
			else if (c === LF || c === CR || c === HASH) {
				this.violate(
					this.i,
					`${TOML_1_1} an inline table { ... } must stay on one line without comments`,
				);
				if (c === HASH) this.skipComment();
				else this.i++;
			} else return;
		}
	}

	expect(text: string): void {
		if (!this.s.startsWith(text, this.i))
			throw new ScanStop(`expected ${text}`);
		this.i += text.length;
	}
}
