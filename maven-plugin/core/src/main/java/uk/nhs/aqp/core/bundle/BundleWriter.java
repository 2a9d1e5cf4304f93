package uk.nhs.aqp.core.bundle;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.validate.SchemaCatalog;

/**
 * Builds the whole bundle in memory, one output class per format: the resolved JSON of every pack,
 * the standard questionnaire, the schemas, the CSV tables, the workbook, the manifest and the zip.
 * Writes nothing to disk: the publish stage does, once everything here has succeeded.
 */
public final class BundleWriter {

    static final String STANDARD_QUESTIONNAIRE = "standard/qualification-questionnaire.json";

    private final SchemaCatalog schemas;
    private final CsvWriter csv = new CsvWriter();
    private final XlsxWriter xlsx = new XlsxWriter();
    private final DataPackageWriter manifest = new DataPackageWriter();

    public BundleWriter(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /** Builds the bundle of {@code packs} (in any order: the bundle sorts them, national first), with no register. */
    public Bundle write(List<BundledPack> packs, Optional<Questionnaire> standard, BundleMetadata meta) {
        return write(packs, Programme.NONE, standard, meta);
    }

    /**
     * Builds the bundle of {@code packs} and the programme register: its tables, and each SHA's
     * return under {@code returns/}.
     */
    public Bundle write(List<BundledPack> packs, Programme programme, Optional<Questionnaire> standard,
            BundleMetadata meta) {
        List<BundledPack> ordered = packs.stream()
                .sorted(Comparator.comparing((BundledPack p) -> p.adoption().isPresent()).thenComparing(BundledPack::key))
                .toList();
        PackJson json = new PackJson(schemas.documentSchema(SchemaCatalog.RESOLVED_PACK),
                schemas.schema(FileKind.QUESTIONNAIRE));
        List<BundleFile> files = new ArrayList<>();
        // each pack's JSON (written and checked against its schema) on its own, in parallel, kept in order
        files.addAll(ordered.parallelStream().map(p -> BundleFile.json(p.documentPath(), p.pack().manifest().title(),
                json.pack(p), schemaPath(SchemaCatalog.RESOLVED_PACK))).toList());
        standard.ifPresent(q -> files.add(BundleFile.json(STANDARD_QUESTIONNAIRE, q.title(),
                json.questionnaire(q, STANDARD_QUESTIONNAIRE), schemaPath(FileKind.QUESTIONNAIRE.schemaName()))));
        for (String name : SchemaCatalog.names()) {
            files.add(new BundleFile(schemaPath(name), schemas.tree(name).path("title").asText(name), "json",
                    BundleFile.SCHEMA_JSON, schemas.text(name).getBytes(UTF_8), Optional.empty(), Optional.empty()));
        }
        List<Table> tables = BundleTables.all().stream().map(t -> t.table(ordered, programme)).toList();
        for (Table table : tables) {
            files.add(new BundleFile(table.path(), table.title(), "csv", BundleFile.CSV, csv.csv(table),
                    Optional.empty(), Optional.of(table)));
        }
        files.add(new BundleFile(meta.workbookFileName(), "The tables as an Excel workbook, one sheet each", "xlsx",
                BundleFile.XLSX, xlsx.workbook(tables, meta), Optional.empty(), Optional.empty()));
        files.addAll(ShaReturnTable.files(programme, csv, xlsx, meta));
        Map<String, byte[]> contents = new LinkedHashMap<>();
        files.forEach(f -> contents.put(f.path(), f.content()));
        contents.put(DataPackageWriter.FILE, manifest.write(meta, files));
        return new Bundle(meta, contents, ReproducibleZip.zip(contents, meta.published()));
    }

    private static String schemaPath(String schemaName) {
        return "schema/" + schemaName;
    }
}
