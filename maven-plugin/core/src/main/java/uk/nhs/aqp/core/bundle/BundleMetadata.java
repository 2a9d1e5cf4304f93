package uk.nhs.aqp.core.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the bundle says about itself in {@code datapackage.json}: a name (also the base of the zip's
 * and the workbook's file names), a title, a version, the publisher, and the time of publication,
 * which also stamps every zip entry and the workbook's properties.
 *
 * @param name lower-case letters, digits, dots, hyphens and underscores, e.g. {@code aqp-packs}
 * @param title a human title
 * @param version the release's version, e.g. the Maven project's version
 * @param publisher the organisation that publishes the bundle
 * @param published when it was published, from {@code project.build.outputTimestamp}, never the clock
 */
public record BundleMetadata(String name, String title, String version, String publisher, Instant published) {

    private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9._-]*$");
    private static final Pattern VERSION = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._+-]*$");

    /** Open Government Licence v3.0: the licence of the packs' content. */
    public static final String LICENCE_ID = "OGL-UK-3.0";
    public static final String LICENCE_TITLE = "Open Government Licence v3.0";
    public static final String LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    public BundleMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bundle name '" + name + "' must be lower-case letters, digits, dots, "
                    + "hyphens and underscores, starting with a letter or digit");
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("bundle version '" + version + "' must be letters, digits, dots, "
                    + "hyphens, underscores and plus signs");
        }
    }

    /** The publication date, in UTC. */
    public LocalDate publishedDate() {
        return LocalDate.ofInstant(published, ZoneOffset.UTC);
    }

    /** {@code <name>-<version>.zip}. */
    public String zipFileName() {
        return name + "-" + version + ".zip";
    }

    /** {@code <name>.xlsx}. */
    public String workbookFileName() {
        return name + ".xlsx";
    }
}
