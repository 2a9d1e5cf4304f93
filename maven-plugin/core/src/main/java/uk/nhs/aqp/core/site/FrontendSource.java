package uk.nhs.aqp.core.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the site's look comes from: a pinned npm package, a cache folder that keeps its tarball
 * between builds, and whether the build may go to the network to fetch it.
 *
 * @param pack the pinned package
 * @param cacheDirectory keeps the verified tarball, so a second build needs no network
 * @param offline when true, a tarball that is not in the cache is an error instead of a download
 */
public record FrontendSource(NpmPackage pack, Path cacheDirectory, boolean offline) {

    public FrontendSource {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    }
}
