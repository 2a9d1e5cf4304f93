package uk.nhs.aqp.core.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Output: {@code datapackage.json}, the bundle's manifest as a Frictionless Data Package (v1): name,
 * title, version, publisher, creation time and publication date, the Open Government Licence, and
 * one resource per file with its path, size in bytes, SHA-256 hash, format, media type and schema:
 * the JSON Schema a JSON file conforms to, or a CSV table's Table Schema inline.
 */
final class DataPackageWriter {

    static final String FILE = "datapackage.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TableSchemas tableSchemas = new TableSchemas();

    /** The manifest of {@code files}, whose SHA-256 hashes (hex) are in {@code sha256} by path. */
    byte[] write(BundleMetadata meta, List<BundleFile> files, Map<String, String> sha256) {
        ObjectNode root = NODES.objectNode();
        root.put("profile", "data-package");
        root.put("name", meta.name());
        root.put("title", meta.title());
        root.put("description", "The Any Qualified Provider implementation packs as data: each pack resolved into one "
                + "JSON document, the JSON Schemas those documents conform to, tables of KPIs, tariffs, qualification "
                + "criteria and eligibility as CSV, with the programme register (commissioners, decisions, stocktake), the "
                + "local versions of each pack compared and each SHA's return (also under returns/), and the same tables "
                + "as an Excel workbook. Every file is listed "
                + "below with its size and SHA-256 hash. A published version never changes.");
        root.put("version", meta.version());
        root.put("created", meta.published().toString());
        root.put("published", meta.publishedDate().toString());
        root.put("publisher", meta.publisher());
        ObjectNode publisher = root.putArray("contributors").addObject();
        publisher.put("title", meta.publisher());
        publisher.put("role", "publisher");
        ObjectNode licence = root.putArray("licenses").addObject();
        licence.put("name", BundleMetadata.LICENCE_ID);
        licence.put("title", BundleMetadata.LICENCE_TITLE);
        licence.put("path", BundleMetadata.LICENCE_URL);
        ArrayNode resources = root.putArray("resources");
        files.stream().sorted(Comparator.comparing(BundleFile::path))
                .forEach(file -> resources.add(resource(file, sha256.get(file.path()))));
        return JsonOutput.PLAIN.bytes(root);
    }

    private ObjectNode resource(BundleFile file, String sha256) {
        ObjectNode r = NODES.objectNode();
        r.put("name", file.resourceName());
        r.put("path", file.path());
        r.put("profile", file.table().isPresent() ? "tabular-data-resource" : "data-resource");
        r.put("title", file.title());
        file.table().ifPresent(table -> r.put("description", table.description()));
        r.put("format", file.format());
        r.put("mediatype", file.mediaType());
        if (file.text()) {
            r.put("encoding", "utf-8");
        }
        r.put("bytes", file.content().length);
        r.put("hash", "sha256:" + sha256);
        file.schema().ifPresent(schema -> r.put("schema", schema));
        file.table().ifPresent(table -> r.set("schema", tableSchemas.schema(table)));
        return r;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new ToolingException("this Java runtime has no SHA-256", e);
        }
    }
}
