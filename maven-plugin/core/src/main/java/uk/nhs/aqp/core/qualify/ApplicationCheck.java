package uk.nhs.aqp.core.qualify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.ModelBinder;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * The validate stage's part for provider applications: loads each one found, checks it against
 * {@code application.schema.json}, binds it, and checks it against the pack of its folder (the
 * national pack, or the commissioner's local pack as resolved), if that pack is valid: its place
 * ({@code application.folder}), then its ids ({@link AnswerIds}: {@code application.unknown-id},
 * {@code application.drift}). An application whose pack is not valid is left alone: the pack's own
 * errors say why.
 */
public final class ApplicationCheck {

    /** Loads a file and checks it against its schema; empty if either failed. */
    public interface Loader {
        Optional<YamlDocument> checked(Path file, FileKind kind, DiagnosticSink sink);
    }

    private final Loader loader;
    private final ModelBinder binder;

    public ApplicationCheck(Loader loader, ModelBinder binder) {
        this.loader = loader;
        this.binder = binder;
    }

    /**
     * Checks every application; returns those without error whose pack is valid.
     *
     * @param national the valid national packs by folder name
     * @param local the valid local packs by key ({@code <commissioner>/<pack-folder>})
     */
    public List<Qualifying> run(List<ApplicationFinder.Found> found, Map<String, Pack> national, Map<String, Pack> local,
            Optional<Questionnaire> standard, DiagnosticSink sink) {
        List<Qualifying> out = new ArrayList<>();
        for (ApplicationFinder.Found f : found) {
            int start = sink.size();
            Optional<YamlDocument> doc = loader.checked(f.file(), FileKind.APPLICATION, sink);
            Optional<Application> application = doc.flatMap(d -> binder.bindDocument(d, Application.class, sink));
            if (application.isEmpty()) continue;
            place(f, application.get(), doc.get(), sink);
            Pack pack = f.commissioner().map(c -> local.get(c + "/" + f.packFolder()))
                    .orElseGet(() -> national.get(f.packFolder()));
            if (pack == null || standard.isEmpty()) continue;
            new AnswerIds(application.get(), doc.get(), pack, standard.get()).check(sink);
            if (!sink.errorsSince(start)) {
                out.add(new Qualifying(application.get(), pack, f.displayPath()));
            }
        }
        return out;
    }

    /** {@code application.folder}: the file names the provider, pack and commissioner of its place. */
    private static void place(ApplicationFinder.Found f, Application a, YamlDocument doc, DiagnosticSink sink) {
        String fileName = f.file().getFileName().toString();
        String stem = fileName.substring(0, fileName.length() - ".yaml".length());
        if (!a.provider().id().equals(stem)) {
            sink.report("application.folder", doc.sources().value("/provider/id"), "provider id", a.provider().id(),
                    "the file is named " + fileName);
        }
        if (!a.pack().id().equals(f.packFolder())) {
            sink.report("application.folder", doc.sources().value("/pack/id"), "pack", a.pack().id(),
                    "the file is in the folder of pack " + f.packFolder());
        }
        if (f.commissioner().isPresent() && a.pack().commissioner() != null
                && !a.pack().commissioner().equals(f.commissioner().get())) {
            sink.report("application.folder", doc.sources().value("/pack/commissioner"), "commissioner",
                    a.pack().commissioner(), "the file is in the folder of commissioner " + f.commissioner().get());
        }
    }

    static Origin at(YamlDocument doc, String pointer) {
        return doc.sources().value(pointer);
    }
}
