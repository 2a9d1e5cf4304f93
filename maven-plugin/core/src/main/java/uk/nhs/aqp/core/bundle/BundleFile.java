package uk.nhs.aqp.core.bundle;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of the bundle and what the manifest says about it.
 *
 * @param path the path inside the bundle, with forward slashes
 * @param title a short human description
 * @param format the file format: json, csv or xlsx
 * @param mediaType the IANA media type
 * @param content the bytes
 * @param schema the path or URL of the JSON Schema the file conforms to (JSON files)
 * @param table the table the file holds (CSV files), whose Table Schema the manifest declares
 */
record BundleFile(String path, String title, String format, String mediaType, byte[] content,
        Optional<String> schema, Optional<Table> table) {

    static final String JSON = "application/json";
    static final String SCHEMA_JSON = "application/schema+json";
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    BundleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
    }

    static BundleFile json(String path, String title, byte[] content, String schema) {
        return new BundleFile(path, title, "json", JSON, content, Optional.of(schema), Optional.empty());
    }

    /** The manifest's resource name: the path without its extension, e.g. {@code tables/kpis}. */
    String resourceName() {
        return resourceName(path);
    }

    static String resourceName(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.substring(0, name.lastIndexOf('.'));
    }

    boolean text() {
        return !"xlsx".equals(format);
    }
}
