package uk.nhs.aqp.core.bundle;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.publish.LargestFirst;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.validate.SchemaCatalog;

/**
 * Builds the whole bundle in memory, one output class per format: the resolved JSON of every pack,
 * the standard questionnaire, the schemas, the CSV tables, the workbook, the manifest and the zip.
 * Writes nothing to disk: the publish stage does, once everything here has succeeded.
 */
public final class BundleWriter {

    static final String STANDARD_QUESTIONNAIRE = "standard/qualification-questionnaire.json";
    /** A pack's JSON weighs about as much as a table of this many cells. */
    private static final long PACK_WEIGHT = 2_000;
    /** A workbook cell costs about this many CSV cells. */
    private static final long WORKBOOK_WEIGHT = 4;

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
        List<Table> tables = LargestFirst.map(BundleTables.all(), t -> 1, t -> t.table(ordered, programme));
        long cells = tables.stream().mapToLong(BundleWriter::cells).sum();
        // every file made on its own, on every core, the largest first (the workbook, then the big
        // tables), so no thread is left with the long ones at the end; kept in this order
        List<Job> jobs = new ArrayList<>();
        for (BundledPack p : ordered) {
            jobs.add(new Job(PACK_WEIGHT, () -> List.of(BundleFile.json(p.documentPath(), p.pack().manifest().title(),
                    json.pack(p), schemaPath(SchemaCatalog.RESOLVED_PACK)))));
        }
        standard.ifPresent(q -> jobs.add(new Job(PACK_WEIGHT, () -> List.of(BundleFile.json(STANDARD_QUESTIONNAIRE,
                q.title(), json.questionnaire(q, STANDARD_QUESTIONNAIRE),
                schemaPath(FileKind.QUESTIONNAIRE.schemaName()))))));
        for (String name : SchemaCatalog.names()) {
            jobs.add(new Job(1, () -> List.of(new BundleFile(schemaPath(name),
                    schemas.tree(name).path("title").asText(name), "json", BundleFile.SCHEMA_JSON,
                    schemas.text(name).getBytes(UTF_8), Optional.empty(), Optional.empty()))));
        }
        for (Table table : tables) {
            jobs.add(new Job(cells(table), () -> List.of(new BundleFile(table.path(), table.title(), "csv",
                    BundleFile.CSV, csv.csv(table), Optional.empty(), Optional.of(table)))));
        }
        jobs.add(new Job(WORKBOOK_WEIGHT * cells, () -> List.of(new BundleFile(meta.workbookFileName(),
                "The tables as an Excel workbook, one sheet each", "xlsx", BundleFile.XLSX, xlsx.workbook(tables, meta),
                Optional.empty(), Optional.empty()))));
        jobs.add(new Job(PACK_WEIGHT, () -> ShaReturnTable.files(programme, csv, xlsx, meta)));
        // each file is hashed and compressed by the job that made it, while the others are made
        List<Packed> packed = LargestFirst.map(jobs, Job::weight, job -> job.make().get().stream().map(Packed::of).toList())
                .stream().flatMap(List::stream).toList();
        List<BundleFile> files = packed.stream().map(Packed::file).toList();
        Map<String, String> hashes = new HashMap<>();
        packed.forEach(p -> hashes.put(p.file().path(), p.sha256()));
        Map<String, byte[]> contents = new LinkedHashMap<>();
        files.forEach(f -> contents.put(f.path(), f.content()));
        byte[] datapackage = manifest.write(meta, files, hashes);
        contents.put(DataPackageWriter.FILE, datapackage);
        List<ReproducibleZip.Compressed> entries = new ArrayList<>(packed.stream().map(Packed::entry).toList());
        entries.add(ReproducibleZip.entry(DataPackageWriter.FILE, datapackage));
        return new Bundle(meta, contents, ReproducibleZip.zip(entries, meta.published()));
    }

    /** A file of the bundle with its hash and its zip entry. */
    private record Packed(BundleFile file, String sha256, ReproducibleZip.Compressed entry) {
        static Packed of(BundleFile file) {
            return new Packed(file, DataPackageWriter.sha256(file.content()),
                    ReproducibleZip.entry(file.path(), file.content()));
        }
    }

    /** How much work a table is: its cells. */
    private static long cells(Table table) {
        return (long) table.rows().size() * table.columns().size();
    }

    /** Some files of the bundle, made by one piece of work of about {@code weight}. */
    private record Job(long weight, Supplier<List<BundleFile>> make) {
    }

    private static String schemaPath(String schemaName) {
        return "schema/" + schemaName;
    }
}
