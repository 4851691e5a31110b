// Orders the drift report uses everywhere, so the same input gives the same report on every machine.
export { compareLoosely, compareStrings } from "../pep440/loose-order.js";

/** Two decimals, as the report prints libyears. */
export function roundHundredths(n: number): number {
	return Math.round(n * 100) / 100;
}
