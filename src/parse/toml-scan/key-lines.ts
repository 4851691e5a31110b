// The line of every key path the TOML scanner has met, with TOML's rules for which line a table keeps:
// an explicit `[a]` header replaces a line known only through a longer header or a dotted key, and an array
// of tables (`[[a]]`) counts its tables so that a path names the latest one.

/**
 * Extends an encoded key path by one segment. A segment starts with a control character naming its kind
 * (U+0001 a key, U+0002 an index, U+0003 a JSON-quoted key holding control characters) and holds no control
 * characters itself, so different paths never encode alike. Built incrementally: no array per value.
 */
export function appendSegment(
	prefix: string,
	segment: string | number,
): string {
	if (typeof segment === "number") return `${prefix}\u0002${segment}`;
	// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
	return /[\u0000-\u001f]/.test(segment)
		? `${prefix}\u0003${JSON.stringify(segment)}`
		: `${prefix}\u0001${segment}`;
}

export class KeyLines {
	readonly lines = new Map<string, number>();
	// Tables known only through a longer header or a dotted key: an explicit `[a]` header may replace them.
	private readonly implicit = new Set<string>();
	// Current index of each array of tables, keyed by its concrete path.
	private readonly arrayTables = new Map<string, number>();

	recordExplicit(key: string, line: number): void {
		if (!this.lines.has(key) || this.implicit.has(key)) {
			this.lines.set(key, line);
			this.implicit.delete(key);
		}
	}

	recordImplicit(key: string, line: number): void {
		if (!this.lines.has(key)) {
			this.lines.set(key, line);
			this.implicit.add(key);
		}
	}

	/** Records `base.keys` (intermediate dotted keys implicitly) unless on `sameAs`, the holder's line. */
	recordKey(
		base: string,
		keys: string[],
		line: number,
		sameAs: number,
	): string {
		let full = base;
		for (let k = 0; k < keys.length; k++) {
			full = appendSegment(full, keys[k] as string);
			if (line === sameAs) continue;
			if (k < keys.length - 1) this.recordImplicit(full, line);
			else this.recordExplicit(full, line);
		}
		return full;
	}

	/** Resolves a header's keys to a concrete path: each array of tables on the way is its latest table. */
	resolveHeader(keys: string[], line: number, isArrayTable: boolean): string {
		let concrete = "";
		for (let k = 0; k < keys.length; k++) {
			concrete = appendSegment(concrete, keys[k] as string);
			const last = k === keys.length - 1;
			if (last && isArrayTable) {
				const next = (this.arrayTables.get(concrete) ?? -1) + 1;
				this.arrayTables.set(concrete, next);
				this.recordImplicit(concrete, line);
				concrete = `${concrete}\u0002${next}`;
				this.recordExplicit(concrete, line);
				return concrete;
			}
			const current = this.arrayTables.get(concrete);
			if (current !== undefined) concrete = `${concrete}\u0002${current}`;
			if (last) this.recordExplicit(concrete, line);
			else this.recordImplicit(concrete, line);
		}
		return concrete;
	}
}
