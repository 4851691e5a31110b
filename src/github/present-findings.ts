import type { LineFix } from "../report/line-fix.js";
import { readFixesFromTree } from "../report/read-fixes-from-tree.js";
import type { LocationLinks } from "../report/render-finding.js";
import type { ActionRun } from "./action-run.js";
import type { AuditedSides } from "./audit-sides.js";

/** What the renderers need besides the report: fixes as whole lines, and where locations link to. */
export interface FindingPresentation {
	fixes: (LineFix | null)[];
	links: LocationLinks | undefined;
}

/** Step: each finding's fix as a whole line of the head's file, and the head commit's blob URL. */
export async function presentFindings(
	run: ActionRun,
	sides: AuditedSides,
): Promise<FindingPresentation> {
	const { ctx, inputs } = run;
	const { head } = sides;
	const fixes = await readFixesFromTree(head.report, head.dir);
	const links =
		ctx.owner && ctx.repo && head.commit
			? {
					blobBase: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${head.commit}`,
					pathPrefix: inputs.path,
				}
			: undefined;
	return { fixes, links };
}
