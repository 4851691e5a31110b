// Generators of valid text in the grammars pin-audit reads (PEP 440 specifiers, PEP 508 requirements and
// markers, pip requirements-file lines, Poetry constraints). The fuzz tests mutate them (fuzz-invariants.ts).
import fc from "fast-check";

const VERSIONS = [
	"1",
	"1.0",
	"1.2.3",
	"0.9.0a1",
	"2.0rc1",
	"1.0.post1",
	"1.0.dev0",
	"1!2.0",
	"1.0+local.7",
	"10.20.30",
];

export const version = fc.constantFrom(...VERSIONS);

export const clause = fc.oneof(
	fc
		.tuple(fc.constantFrom("<", "<=", ">", ">=", "!="), version)
		.map(([op, v]) => `${op}${v.replace(/\+.*/, "")}`),
	version.map((v) => `==${v}`),
	fc
		.constantFrom("1", "1.2", "0.9")
		.chain((r) => fc.constantFrom(`==${r}.*`, `!=${r}.*`, `~=${r}.0`)),
	fc.constantFrom("~=1.4.5", "~=2.2"),
);

// packaging: `===` takes everything up to whitespace, `;` or `)` as its version, commas included, and
// SpecifierSet then splits that on ','; so the clauses after it are joined by a bare ','.
export const specifierSet = fc.oneof(
	{
		arbitrary: fc
			.array(clause, { maxLength: 2 })
			.map((clauses) => ["===1.0-custom", ...clauses].join(",")),
		weight: 1,
	},
	{
		arbitrary: fc
			.tuple(
				fc.array(clause, { maxLength: 3 }),
				fc.constantFrom(",", ", ", " , "),
			)
			.map(([clauses, sep]) => clauses.join(sep)),
		weight: 9,
	},
);

const name = fc.oneof(
	fc.constantFrom(
		"mcp",
		"MCP",
		"fastmcp",
		"pydantic_core",
		"zope.interface",
		"Typing-Extensions",
		"a",
		"x1",
	),
	fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,8}[A-Za-z0-9])?$/),
);

const extras = fc
	.array(fc.constantFrom("cli", "ws", "Rich_Extra", "test.all"), {
		maxLength: 2,
	})
	.map((list) => (list.length === 0 ? "" : `[${list.join(",")}]`));

const markerAtom = fc.constantFrom(
	'python_version < "3.11"',
	"python_full_version >= '3.10.2'",
	'sys_platform == "win32"',
	'platform_machine in "x86_64 aarch64"',
	'extra == "cli"',
	'implementation_name != "pypy"',
	'"linux" in sys_platform',
	'os_name == "nt"',
);

export const marker: fc.Arbitrary<string> = fc.letrec<{ m: string }>((tie) => ({
	m: fc.oneof(
		{ depthSize: "small", withCrossShrink: true },
		markerAtom,
		fc
			.tuple(tie("m"), fc.constantFrom(" and ", " or "), tie("m"))
			.map(([a, op, b]) => `${a}${op}${b}`),
		tie("m").map((m) => `(${m})`),
	),
})).m;

const url = fc.constantFrom(
	"https://example.invalid/pkg-1.0.tar.gz",
	"git+https://github.com/o/r.git@v1.2",
	"file:///srv/wheels/mcp-1.0-py3-none-any.whl",
);

/** A PEP 508 requirement as packaging accepts it. */
export const pep508 = fc
	.tuple(
		name,
		extras,
		fc.oneof(
			specifierSet.map((s) => ({ url: null, spec: s })),
			specifierSet.map((s) => ({ url: null, spec: s ? `(${s})` : s })),
			url.map((u) => ({ url: u, spec: "" })),
		),
		fc.option(marker, { nil: null }),
	)
	.map(([n, e, { url: u, spec }, m]) => {
		const head = u === null ? `${n}${e}${spec}` : `${n}${e} @ ${u}`;
		return m === null ? head : `${head}${u === null ? "" : " "}; ${m}`;
	});

const hash = fc.constantFrom(
	` --hash=sha256:${"ab".repeat(32)}`,
	` --hash sha256:${"01".repeat(32)}`,
);

/** One logical line of a pip requirements file. */
export const requirementsLine = fc.oneof(
	fc
		.tuple(
			pep508,
			fc.array(hash, { maxLength: 2 }),
			fc.constantFrom("", "  # pinned by pip-compile", " #comment"),
		)
		.map(([r, h, c]) => `${r}${h.join("")}${c}`),
	fc.constantFrom(
		"-r base.txt",
		"--requirement=dev.txt",
		"-c constraints.txt",
		"-e ./packages/server",
		"-e git+https://github.com/o/r.git#egg=server",
		"--index-url https://pypi.example.invalid/simple",
		// biome-ignore lint/suspicious/noTemplateCurlyInString: pip expands ${VAR} in requirements files
		"--extra-index-url=https://${USER}:${TOKEN}@example.invalid/simple",
		"--pre",
		"--no-binary :all:",
		"./local-dir",
		"https://example.invalid/pkg-1.0-py3-none-any.whl",
		"# a comment",
		"",
		"mcp>=1.2 \\\n    ; python_version >= '3.10'",
	),
);

export const requirementsFile = fc
	.tuple(
		fc.array(requirementsLine, { maxLength: 8 }),
		fc.constantFrom("\n", "\r\n"),
	)
	.map(([lines, eol]) => lines.join(eol));

/** A Poetry version constraint as poetry-core accepts it. */
export const poetryConstraint = fc.oneof(
	fc
		.tuple(fc.constantFrom("^", "~", "", ">=", "<", "!=", "=="), version)
		.map(([op, v]) => `${op}${v.replace(/\+.*/, "")}`),
	fc.constantFrom("*", "1.*", "1.2.x", ">=1.2,<2.0", ">=1.2 <2.0", "^1 || ^2"),
	fc
		.tuple(
			fc.constantFrom("^1.2", "~1.2.3", ">=1,<3"),
			fc.constantFrom(" || ", ",", " "),
			fc.constantFrom("^2.0", "<2.5", "!=1.5"),
		)
		.map(([a, sep, b]) => `${a}${sep}${b}`),
);
