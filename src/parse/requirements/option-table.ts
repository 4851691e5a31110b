// The options pip 23.2 accepts in a requirements file (req_file.py SUPPORTED_OPTIONS and SUPPORTED_OPTIONS_REQ,
// spelled and checked as cli/cmdoptions.py does).

export interface OptionSpec {
	/** Canonical spelling, recorded as PipOption.name. */
	name: string;
	short: string[];
	long: string[];
	dest: string;
	takesValue: boolean;
	choices?: string[];
	check?: (value: string, spelling: string) => string | null;
}

// pip 23.2's SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ (req_file.py, cli/cmdoptions.py).
export const OPTION_SPECS: OptionSpec[] = [
	{
		name: "--index-url",
		short: ["-i"],
		long: ["--index-url", "--pypi-url"],
		dest: "index_url",
		takesValue: true,
	},
	{
		name: "--extra-index-url",
		short: [],
		long: ["--extra-index-url"],
		dest: "extra_index_urls",
		takesValue: true,
	},
	{
		name: "--no-index",
		short: [],
		long: ["--no-index"],
		dest: "no_index",
		takesValue: false,
	},
	{
		name: "--constraint",
		short: ["-c"],
		long: ["--constraint"],
		dest: "constraints",
		takesValue: true,
	},
	{
		name: "--requirement",
		short: ["-r"],
		long: ["--requirement"],
		dest: "requirements",
		takesValue: true,
	},
	{
		name: "--editable",
		short: ["-e"],
		long: ["--editable"],
		dest: "editables",
		takesValue: true,
	},
	{
		name: "--find-links",
		short: ["-f"],
		long: ["--find-links"],
		dest: "find_links",
		takesValue: true,
	},
	{
		name: "--no-binary",
		short: [],
		long: ["--no-binary"],
		dest: "no_binary",
		takesValue: true,
		check: checkFormatControl,
	},
	{
		name: "--only-binary",
		short: [],
		long: ["--only-binary"],
		dest: "only_binary",
		takesValue: true,
		check: checkFormatControl,
	},
	{
		name: "--prefer-binary",
		short: [],
		long: ["--prefer-binary"],
		dest: "prefer_binary",
		takesValue: false,
	},
	{
		name: "--require-hashes",
		short: [],
		long: ["--require-hashes"],
		dest: "require_hashes",
		takesValue: false,
	},
	{ name: "--pre", short: [], long: ["--pre"], dest: "pre", takesValue: false },
	{
		name: "--trusted-host",
		short: [],
		long: ["--trusted-host"],
		dest: "trusted_hosts",
		takesValue: true,
	},
	{
		name: "--use-feature",
		short: [],
		long: ["--use-feature"],
		dest: "features_enabled",
		takesValue: true,
		choices: ["fast-deps", "truststore", "no-binary-enable-wheel-cache"],
	},
	{
		name: "--global-option",
		short: [],
		long: ["--global-option"],
		dest: "global_options",
		takesValue: true,
	},
	{
		name: "--hash",
		short: [],
		long: ["--hash"],
		dest: "hashes",
		takesValue: true,
		check: checkHash,
	},
	{
		name: "--config-settings",
		short: ["-C"],
		long: ["--config-settings"],
		dest: "config_settings",
		takesValue: true,
		check: (value, spelling) =>
			value.includes("=")
				? null
				: `arguments to ${spelling} must be of the form KEY=VAL`,
	},
];

/** Every long spelling, for the exact match that nearly every option is. */
export const LONG_OPTIONS: ReadonlyMap<string, OptionSpec> = new Map(
	OPTION_SPECS.flatMap((spec) =>
		spec.long.map((long) => [long, spec] as const),
	),
);

/** Options that apply to the requirement on their line. */
export const REQUIREMENT_OPTIONS: readonly string[] = [
	"global_options",
	"hashes",
	"config_settings",
];
/** Options that apply to the whole file (pip ignores them on a requirement line). */
export const FILE_LEVEL_OPTIONS: readonly string[] = OPTION_SPECS.map(
	(spec) => spec.dest,
).filter((dest) => !REQUIREMENT_OPTIONS.includes(dest));

function checkHash(value: string, spelling: string): string | null {
	const colon = value.indexOf(":");
	if (colon === -1) {
		return `arguments to ${spelling} must be a hash name followed by a value, like --hash=sha256:abcde...`;
	}
	const algorithm = value.slice(0, colon);
	if (!["sha256", "sha384", "sha512"].includes(algorithm)) {
		return `allowed hash algorithms for ${spelling} are sha256, sha384, sha512, not '${algorithm}'`;
	}
	return null;
}

function checkFormatControl(value: string, spelling: string): string | null {
	// pip's FormatControl.handle_mutual_excludes
	return value.startsWith("-")
		? `${spelling} needs a value (":all:", ":none:" or package names)`
		: null;
}
