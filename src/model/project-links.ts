// The links a package's metadata names for its changes and its code (read by src/index/project-urls.ts,
// shown by the upgrade diff).

/** What the metadata says about where a package's changes are written down and where its code lives. */
export interface ProjectLinks {
	/** The changelog or release notes. */
	changelog?: string;
	/** The source repository. */
	source?: string;
}
