package uk.nhs.aqp.core.bundle;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finished bundle in memory: every file by its path inside the bundle, and the zip of them all.
 *
 * @param metadata what the bundle says about itself
 * @param files every file, {@code datapackage.json} included, by path
 * @param zip the zip archive of exactly those files
 */
public record Bundle(BundleMetadata metadata, Map<String, byte[]> files, byte[] zip) {

    public Bundle {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
