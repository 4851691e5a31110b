// An include cycle (`-r a.txt` in b.txt, `-r b.txt` in a.txt): pip would recurse forever.
import type { Diagnostic } from "../model/types.js";

export interface ChainLink {
	file: string;
	line: number;
	flag: "-r" | "-c";
}

/**
 * The cycle's finding, reported once, on the include that leaves its first file in path order, so that reading
 * it from any of its files gives the same finding.
 */
export function describeCycle(edges: readonly ChainLink[]): {
	file: string;
	diagnostic: Diagnostic;
} {
	let first = 0;
	edges.forEach((edge, i) => {
		const best = edges[first] as ChainLink;
		if (
			edge.file < best.file ||
			(edge.file === best.file && edge.line < best.line)
		)
			first = i;
	});
	const rotated = [...edges.slice(first), ...edges.slice(0, first)];
	const names = [
		...rotated.map((e) => e.file),
		(rotated[0] as ChainLink).file,
	].join(" -> ");
	const at = rotated[0] as ChainLink;
	return {
		file: at.file,
		diagnostic: {
			severity: "error",
			line: at.line,
			message: `${at.flag} include cycle: ${names}`,
		},
	};
}
