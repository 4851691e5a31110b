// PEP 503: runs of -, _ and . become a single -, lower-cased.
export function normalizeName(name: string): string {
	return name.replace(/[-_.]+/g, "-").toLowerCase();
}
