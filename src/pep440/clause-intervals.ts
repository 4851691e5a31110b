// Clause semantics: the intervals (and, for `~=` on unusual spec text, the text guard) that one PEP 440
// clause admits, as packaging's Specifier operators define them.

import {
	compareKeys,
	isPrerelease,
	makeVersion,
	parseVersion,
	replaceVersion,
	type Version,
	versionKey,
} from "./version.js";
import {
	afterLocals,
	afterPosts,
	at,
	type Clause,
	complementIntervals,
	FULL,
	type Guard,
	type Interval,
	intersectIntervals,
	LOWEST,
	type Operator,
} from "./version-intervals.js";

function nextPrefixDev0(v: Version, length = 0): Version {
	// packaging _next_prefix_dev0: 1.2 -> 1.3.dev0 (epoch kept, everything else dropped). Zero
	// padding to `length` changes nothing in value but reads like the spec (~=1.23.3 -> 1.24.0).
	const release = [...v.release];
	release[release.length - 1] = (release[release.length - 1] ?? 0n) + 1n;
	while (release.length < length) release.push(0n);
	return makeVersion({
		epoch: v.epoch,
		release,
		pre: null,
		post: null,
		dev: 0n,
		local: null,
	});
}

function baseDev0(v: Version): Version {
	return makeVersion({
		epoch: v.epoch,
		release: v.release,
		pre: null,
		post: null,
		dev: 0n,
		local: null,
	});
}

function wildcardIntervals(prefix: Version, length = 0): Interval[] {
	// PEP 440 prefix match: ==1.2.* is every version from 1.2.dev0 up to (not incl.) 1.3.dev0.
	return [
		{
			lo: at(baseDev0(prefix), true),
			hi: at(nextPrefixDev0(prefix, length), false),
		},
	];
}

function standardIntervals(
	op: Operator,
	versionText: string,
	v: Version,
): Interval[] {
	switch (op) {
		case ">=":
			return [{ lo: at(v, true), hi: null }];
		case "<=":
			// <=V admits V+local (locals are ignored by <= and >=).
			return [{ lo: LOWEST, hi: afterLocals(v) }];
		case ">":
			// PEP 440: >V excludes V's post-releases (unless V is one) and V's local versions.
			if (v.dev !== null) {
				return [
					{
						lo: at(replaceVersion(v, { dev: v.dev + 1n, local: null }), true),
						hi: null,
					},
				];
			}
			if (v.post !== null) {
				const next = replaceVersion(v, {
					post: v.post + 1n,
					dev: 0n,
					local: null,
				});
				return [{ lo: at(next, true), hi: null }];
			}
			return [{ lo: afterPosts(v), hi: null }];
		case "<": {
			// PEP 440: <V excludes V's pre-releases unless V is itself a pre-release.
			const bound = isPrerelease(v)
				? v
				: replaceVersion(v, { dev: 0n, local: null });
			if (compareKeys(versionKey(bound), LOWEST.key) <= 0) return [];
			return [{ lo: LOWEST, hi: at(bound, false) }];
		}
		case "==":
		case "!=": {
			// ==V matches V+anything unless the spec itself has a local segment.
			const upper = versionText.includes("+") ? at(v, true) : afterLocals(v);
			const eq: Interval[] = [{ lo: at(v, true), hi: upper }];
			return op === "==" ? eq : complementIntervals(eq);
		}
		default:
			return [...FULL];
	}
}

// packaging _version_split / _is_not_suffix, used by ~= on the spec's raw text.
const PREFIX_SPLIT = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/;

function splitVersionText(text: string): string[] {
	const bang = text.lastIndexOf("!");
	const epoch = bang < 0 ? "" : text.slice(0, bang);
	const rest = bang < 0 ? text : text.slice(bang + 1);
	const out = [epoch || "0"];
	for (const item of rest.split(".")) {
		const m = PREFIX_SPLIT.exec(item);
		if (m) out.push(m[1] as string, m[2] as string);
		else out.push(item);
	}
	return out;
}

function isNotSuffix(segment: string): boolean {
	return !["dev", "a", "b", "rc", "post"].some((p) => segment.startsWith(p));
}

function numericPrefixLength(split: readonly string[]): number {
	let n = 0;
	for (const s of split) {
		if (!/^[0-9]+$/.test(s)) break;
		n++;
	}
	return n;
}

/** packaging Specifier._compare_equal for a wildcard, on a canonical prefix split. */
function prefixMatches(prefixSplit: readonly string[], v: Version): boolean {
	const split = splitVersionText(v.public);
	const numeric = numericPrefixLength(prefixSplit);
	const have = numericPrefixLength(split);
	const padded =
		have >= numeric
			? split
			: [
					...split.slice(0, have),
					...Array(numeric - have).fill("0"),
					...split.slice(have),
				];
	if (padded.length < prefixSplit.length) return false;
	return prefixSplit.every((s, i) => padded[i] === s);
}

export interface CompiledClause {
	intervals: Interval[];
	guard: Guard | null;
}

function compatibleClause(clause: Clause, v: Version): CompiledClause {
	// PEP 440: ~=V means >=V,==P.* where P drops V's last release segment. packaging derives P
	// from the spec text (Specifier._compare_compatible), which we follow to the letter.
	const split = splitVersionText(clause.version);
	const kept: string[] = [];
	for (const s of split) {
		if (!isNotSuffix(s)) break;
		kept.push(s);
	}
	kept.pop();
	const [epoch, ...rest] = kept;
	const prefix = parseVersion(`${epoch}!${rest.join(".")}`);
	// An unparsable prefix (a `v` before the release, e.g. ~=v1.4.5) matches no version at all.
	if (prefix === null) return { intervals: [], guard: null };
	const lower: Interval[] = [{ lo: at(v, true), hi: null }];
	const prefixSplit = splitVersionText(prefix.text);
	if (numericPrefixLength(prefixSplit) === prefixSplit.length) {
		return {
			intervals: intersectIntervals(
				lower,
				wildcardIntervals(prefix, v.release.length),
			),
			guard: null,
		};
	}
	// The prefix kept a pre/post tag (e.g. ~=1.4.preview1.r1 -> prefix 1.4rc1): membership then
	// depends on how the release is spelled, so contains() checks the text too.
	const family: Interval =
		prefix.post === null
			? {
					lo: at(replaceVersion(prefix, { dev: 0n }), true),
					hi: afterPosts(prefix),
				}
			: {
					lo: at(replaceVersion(prefix, { dev: 0n }), true),
					hi: afterLocals(prefix),
				};
	return {
		intervals: intersectIntervals(lower, [family]),
		guard: { clause: clause.text, test: (x) => prefixMatches(prefixSplit, x) },
	};
}

export function compileClause(clause: Clause): CompiledClause {
	if (clause.operator === "===") return { intervals: [...FULL], guard: null };
	const base = clause.wildcard ? clause.version.slice(0, -2) : clause.version;
	const v = parseVersion(base);
	if (v === null) return { intervals: [], guard: null };
	if (clause.operator === "~=") return compatibleClause(clause, v);
	if (clause.wildcard) {
		const eq = wildcardIntervals(v);
		return {
			intervals: clause.operator === "==" ? eq : complementIntervals(eq),
			guard: null,
		};
	}
	return {
		intervals: standardIntervals(clause.operator, clause.version, v),
		guard: null,
	};
}
