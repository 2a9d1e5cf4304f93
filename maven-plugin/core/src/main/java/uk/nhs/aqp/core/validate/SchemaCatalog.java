package uk.nhs.aqp.core.validate;

import uk.nhs.aqp.core.source.FileKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.Excerpt;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.load.ProjectPaths;

/**
 * The JSON Schemas of every file kind, compiled once per build. Each schema comes from the
 * override folder when it holds a regular file of that name, else from the core jar
 * ({@code aqp/schema/}, copied from the repository's top-level {@code schema/}). Override files are
 * read only inside the project.
 */
public final class SchemaCatalog {

    /** Internal base IRI; relative {@code $ref}s between schema files resolve against it. */
    static final String BASE = "https://aqp.invalid/schema/";
    static final String COMMON = "common.schema.json";
    /** The schema of a resolved pack as the bundle publishes it ({@code packs/<pack-id>.json}). */
    public static final String RESOLVED_PACK = "resolved-pack.schema.json";

    private final Map<String, String> texts;
    private final Map<String, JsonNode> trees;
    private final Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);
    private final Map<String, Schema> documents = new LinkedHashMap<>();

    private SchemaCatalog(Map<String, String> texts, Map<String, JsonNode> trees) {
        this.texts = texts;
        this.trees = trees;
    }

    /**
     * Loads and compiles every schema, with no project around the override folder: a file in it
     * is read only if it really lies in that folder (it may be a link to another file there).
     */
    public static SchemaCatalog load(Optional<Path> overrideDir) {
        return load(overrideDir, overrideDir.orElse(Path.of("")));
    }

    /**
     * Loads and compiles every schema; a schema that cannot be read or compiled is a tooling error.
     * A file of the override folder is read only inside the project at {@code projectRoot} (or
     * inside the override folder, when that is named outside the project): a link that leads
     * elsewhere is refused, naming the link and not where it leads.
     */
    public static SchemaCatalog load(Optional<Path> overrideDir, Path projectRoot) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        ProjectBoundary boundary = ProjectBoundary.of(projectRoot, overrideDir);
        ProjectPaths paths = new ProjectPaths(projectRoot);
        for (String name : names()) {
            String text = read(name, overrideDir, boundary, paths);
            try {
                trees.put(name, json.readTree(text));
            } catch (JsonProcessingException e) {
                String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr();
                throw new ToolingException("schema " + name + " is not valid JSON" + at + ": "
                        + Excerpt.of(String.valueOf(e.getOriginalMessage()), 120), e);
            }
            texts.put(name, text);
        }
        SchemaCatalog catalog = new SchemaCatalog(texts, trees);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config).schemas(catalog::textForIri));
        for (FileKind kind : FileKind.values()) {
            try {
                Schema schema = registry.getSchema(SchemaLocation.of(BASE + kind.schemaName()));
                // every keyword and $ref compiled now: validation then only reads, from any thread
                schema.initializeValidators();
                catalog.schemas.put(kind, schema);
            } catch (RuntimeException e) {
                throw new ToolingException("schema " + kind.schemaName() + " does not compile: " + e.getMessage(), e);
            }
        }
        try {
            Schema resolved = registry.getSchema(SchemaLocation.of(BASE + RESOLVED_PACK));
            resolved.initializeValidators();
            catalog.documents.put(RESOLVED_PACK, resolved);
        } catch (RuntimeException e) {
            throw new ToolingException("schema " + RESOLVED_PACK + " does not compile: " + e.getMessage(), e);
        }
        return catalog;
    }

    /** Every schema file name: the shared definitions and one per file kind. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(COMMON);
        for (FileKind kind : FileKind.values()) names.add(kind.schemaName());
        names.add(RESOLVED_PACK);
        return names;
    }

    /** The compiled schema of a document the toolkit writes, e.g. {@link #RESOLVED_PACK}. */
    public Schema documentSchema(String schemaName) {
        Schema schema = documents.get(schemaName);
        if (schema == null) {
            throw new IllegalArgumentException("no output document schema " + schemaName);
        }
        return schema;
    }

    public Schema schema(FileKind kind) {
        return schemas.get(kind);
    }

    /** The parsed schema file, for titles, descriptions and allowed keys in messages. */
    public JsonNode tree(String schemaName) {
        return trees.get(schemaName);
    }

    /** The schema file's text, e.g. to publish it in the bundle. */
    public String text(String schemaName) {
        return texts.get(schemaName);
    }

    private String textForIri(String iri) {
        String plain = iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
        if (plain.startsWith(BASE)) {
            return texts.get(plain.substring(BASE.length()));
        }
        return null;
    }

    private static String read(String name, Optional<Path> overrideDir, ProjectBoundary boundary, ProjectPaths paths) {
        try {
            if (overrideDir.isPresent()) {
                ProjectBoundary.Entry own = boundary.inspect(overrideDir.get().resolve(name));
                if (own.kind() == ProjectBoundary.Kind.OUTSIDE) {
                    throw new ToolingException("schema " + name + ": " + paths.display(own.culprit())
                            + " is a link to a place outside the project; the toolkit reads nothing outside the project"
                            + " and the folders it is given, so it was not read. Replace the link with a copy of the file,"
                            + " or make it point inside the project");
                }
                if (own.kind() == ProjectBoundary.Kind.FILE) {
                    return Files.readString(own.path(), StandardCharsets.UTF_8);
                }
                if (own.kind() == ProjectBoundary.Kind.UNREADABLE) {
                    throw new ToolingException("cannot read schema " + paths.display(own.path()) + " (" + own.detail() + ")");
                }
            }
            try (InputStream in = SchemaCatalog.class.getResourceAsStream("/aqp/schema/" + name)) {
                if (in == null) {
                    throw new ToolingException("schema " + name + " is missing from the core jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ToolingException("cannot read schema " + name + " (" + ProjectBoundary.reason(e) + ")", e);
        }
    }
}
