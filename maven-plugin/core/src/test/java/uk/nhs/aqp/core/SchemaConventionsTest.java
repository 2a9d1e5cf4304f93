package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.model.BundleLimits;
import uk.nhs.aqp.core.validate.SchemaCatalog;

/**
 * The schemas are the reference documentation, so every property has a title and a description,
 * every object is closed, and every file declares JSON Schema 2020-12.
 */
class SchemaConventionsTest {

    private static final java.util.Set<String> CONDITIONS = java.util.Set.of("if", "then", "else", "not");
    private static final Path SCHEMAS = TestPaths.repositoryRoot().resolve("schema");

    @Test
    void every_schema_file_is_known_to_the_catalogue() throws IOException {
        try (Stream<Path> s = Files.list(SCHEMAS)) {
            List<String> files = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(SchemaCatalog.names().stream().sorted().toList(), files);
        }
    }

    @Test
    void every_property_has_a_title_and_description_and_every_object_is_closed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : SchemaCatalog.names()) {
            JsonNode root = new ObjectMapper().readTree(SCHEMAS.resolve(name).toFile());
            assertEquals("https://json-schema.org/draft/2020-12/schema", root.path("$schema").asText(), name);
            walk(name, "", root, problems);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Every list is bounded, so that a valid run always fits the bundle's workbook: a pack gives any
     * table at most 1 + 4 lists' worth of rows (the eligibility table), and a run holds at most
     * {@link BundleLimits#PACKS} packs.
     */
    @Test
    void every_list_is_bounded_so_that_every_valid_run_fits_one_sheet() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : SchemaCatalog.names()) {
            lists(name, "", new ObjectMapper().readTree(SCHEMAS.resolve(name).toFile()), problems);
        }
        assertEquals(List.of(), problems);
        long rowsPerPack = 1 + 4L * BundleLimits.LIST_ITEMS;
        assertTrue(1 + BundleLimits.PACKS * rowsPerPack <= BundleLimits.SHEET_ROWS,
                "the most packs a run takes must fit one sheet of the workbook");
    }

    private static void lists(String file, String at, JsonNode schema, List<String> problems) {
        if (schema.isObject() && "array".equals(schema.path("type").asText())) {
            int max = schema.path("maxItems").asInt(-1);
            if (max < 0 || max > BundleLimits.LIST_ITEMS) {
                problems.add(file + "#" + at + ": a list needs maxItems of at most " + BundleLimits.LIST_ITEMS);
            }
        }
        schema.fields().forEachRemaining(e -> lists(file, at + "/" + e.getKey(), e.getValue(), problems));
        if (schema.isArray()) {
            int i = 0;
            for (JsonNode item : schema) lists(file, at + "/" + i++, item, problems);
        }
    }

    private static void walk(String file, String at, JsonNode schema, List<String> problems) {
        if (!schema.isObject()) return;
        if (schema.has("properties")) {
            if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
                problems.add(file + "#" + at + ": object is not closed (additionalProperties: false)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode property = p.getValue();
                if (property.isObject() && (!property.has("title") || !property.has("description"))) {
                    problems.add(file + "#" + at + "/properties/" + p.getKey() + ": needs a title and a description");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (CONDITIONS.contains(e.getKey())) {
                continue; // conditions test a document; they do not describe one
            }
            if (e.getValue().isObject()) {
                walk(file, at + "/" + e.getKey(), e.getValue(), problems);
            } else if (e.getValue().isArray()) {
                int i = 0;
                for (JsonNode item : e.getValue()) walk(file, at + "/" + e.getKey() + "/" + i++, item, problems);
            }
        }
    }
}
