package uk.nhs.aqp.core.bundle;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.model.PackManifest;
import uk.nhs.aqp.core.publish.Content;
import uk.nhs.aqp.core.publish.Publisher;
import uk.nhs.aqp.core.validate.SchemaCatalog;

/**
 * The bundle stage after validation: nothing happens unless validation passed; then the whole
 * bundle is built in memory and published in one step: the folder, with the zip inside it, is
 * replaced as a whole or, on any failure, left as it was.
 */
public final class BundleStage {

    /** Used when there is no timestamp and no pack to take a date from. */
    private static final Instant FALLBACK = Instant.parse("1980-01-01T00:00:00Z");

    private final SchemaCatalog schemas;
    private final Publisher publisher;

    public BundleStage(SchemaCatalog schemas, Publisher publisher) {
        this.schemas = schemas;
        this.publisher = publisher;
    }

    public BundleResult run(BundleRequest request, ValidationResult validation, BuildLog log) {
        if (validation.failed()) {
            return BundleResult.notWritten(validation);
        }
        List<BundledPack> packs = java.util.stream.Stream.concat(
                validation.packs().stream().map(BundledPack::national),
                validation.localPacks().stream().map(BundleStage::local)).toList();
        Instant published = request.published().orElseGet(() -> {
            Instant newest = newestChange(packs);
            log.warn("project.build.outputTimestamp is not set, so the bundle is dated " + newest
                    + ", the newest changelog entry of any pack; set it in the pom for a release");
            return newest;
        });
        Bundle bundle = new BundleWriter(schemas).write(packs,
                Programme.of(validation.register(), validation.diagnostics())
                        .withQualification(validation.applications(), validation.qualifiedProviders()),
                validation.standard(),
                request.metadata(published));
        Path directory = request.outputDirectory().toAbsolutePath().normalize();
        Path zip = request.zipFile();
        Map<String, Content> files = new TreeMap<>(Content.all(bundle.files()));
        files.put(zip.getFileName().toString(), Content.of(bundle.zip()));
        publisher.replaceFolder(directory, files);
        return new BundleResult(validation, Optional.of(bundle), Optional.of(directory), Optional.of(zip));
    }

    /** A resolved local pack with the adaptation's variations, as the bundle publishes them. */
    static BundledPack local(Pack pack) {
        return BundledPack.local(pack, pack.local().orElseThrow());
    }

    private static Instant newestChange(List<BundledPack> packs) {
        return packs.stream()
                .flatMap(p -> p.pack().manifest().changelog().stream())
                .map(PackManifest.ChangelogEntry::date)
                .max(Comparator.naturalOrder())
                .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC))
                .orElse(FALLBACK);
    }
}
