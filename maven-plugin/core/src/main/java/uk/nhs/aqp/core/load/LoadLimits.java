package uk.nhs.aqp.core.load;

/**
 * Limits that keep a hostile or broken YAML file from exhausting the build: bytes per file,
 * aliases to collections, nesting depth and nodes after alias expansion.
 */
public record LoadLimits(long maxFileBytes, int maxAliases, int maxDepth, int maxNodes) {

    /** 1 MiB per file, 50 collection aliases, depth 40, 100,000 nodes. */
    public static final LoadLimits DEFAULT = new LoadLimits(1024 * 1024, 50, 40, 100_000);

    public LoadLimits {
        if (maxFileBytes < 1 || maxAliases < 0 || maxDepth < 2 || maxNodes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", "
                    + maxAliases + ", " + maxDepth + ", " + maxNodes);
        }
    }

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxAliases, maxDepth, maxNodes);
    }

    public LoadLimits withMaxNodes(int nodes) {
        return new LoadLimits(maxFileBytes, maxAliases, maxDepth, nodes);
    }
}
