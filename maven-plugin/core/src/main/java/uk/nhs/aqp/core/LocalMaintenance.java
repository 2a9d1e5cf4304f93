package uk.nhs.aqp.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.nhs.aqp.core.adapt.AdaptationRebaser;
import uk.nhs.aqp.core.adapt.AdaptationTemplate;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.publish.AtomicFile;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * The goals that write into a commissioner's own files: scaffolding an adaptation and rebasing
 * adaptations onto the current national packs. Each refuses rather than overwrite work.
 */
final class LocalMaintenance {

    /** What a maintenance goal did: lines to tell the user, and whether it had to refuse. */
    record Outcome(List<String> report, boolean refused) {
    }


    Outcome rebase(AdaptRequest request, PackValidation validation, PackValidation.Outcome valid) {
        ProjectPaths paths = new ProjectPaths(request.validation().projectRoot());
        List<String> report = new ArrayList<>();
        boolean refused = false;
        for (Path file : adaptationFiles(request)) {
            String shown = paths.display(file);
            DiagnosticSink sink = new DiagnosticSink();
            Optional<YamlDocument> doc = validation.checked(file, FileKind.ADAPTATION, sink);
            String base = doc.map(d -> d.root().at("/base/pack").asText()).orElse("");
            LocalValidation.National national = valid.national().get(base);
            if (doc.isEmpty() || national == null) {
                report.add(shown + ": not rebased: fix its errors (and its national pack's) first; run aqp:validate");
                refused = true;
                continue;
            }
            String text = read(file);
            AdaptationRebaser.Rebased r = new AdaptationRebaser().rebase(text, doc.get(), national.documents(),
                    national.pack().manifest().version());
            if (!r.gone().isEmpty()) {
                report.add(shown + ": not rebased: these targets no longer exist upstream and need a decision first: "
                        + String.join(", ", r.gone()));
                refused = true;
            } else if (r.changedAnything()) {
                AtomicFile.write(file, r.text().getBytes(StandardCharsets.UTF_8));
                report.add(shown + ": rebased onto " + base + " " + national.pack().manifest().version()
                        + (r.updated().isEmpty() ? "" : "; was updated for " + String.join(", ", r.updated())));
            } else {
                report.add(shown + ": already up to date with " + base + " " + national.pack().manifest().version());
            }
        }
        if (report.isEmpty()) {
            report.add("no adaptation matched under " + paths.display(request.validation().packsDirectory().resolve("local")));
        }
        return new Outcome(report, refused);
    }

    Outcome scaffold(AdaptRequest request, PackValidation.Outcome valid) {
        String commissioner = request.commissioner().orElseThrow();
        String pack = request.pack().orElseThrow();
        ProjectPaths paths = new ProjectPaths(request.validation().projectRoot());
        LocalValidation.National national = valid.national().get(pack);
        if (national == null) {
            return new Outcome(List.of("no valid national pack '" + pack + "': choose one of "
                    + String.join(", ", valid.national().keySet().stream().sorted().toList())), true);
        }
        Path folder = request.validation().packsDirectory().resolve("local").resolve(commissioner);
        Path adaptation = folder.resolve(pack).resolve(FileKind.ADAPTATION.fileName());
        if (Files.exists(adaptation)) {
            return new Outcome(List.of(paths.display(adaptation) + " already exists; not overwritten"), true);
        }
        List<String> report = new ArrayList<>();
        Path commissionerFile = folder.resolve(FileKind.COMMISSIONER.fileName());
        if (!Files.exists(commissionerFile)) {
            AtomicFile.write(commissionerFile, AdaptationTemplate.commissioner(commissioner).getBytes(StandardCharsets.UTF_8));
            report.add("wrote " + paths.display(commissionerFile) + ": fill in the name, code, region and kind");
        }
        AtomicFile.write(adaptation, AdaptationTemplate.adaptation(national.pack()).getBytes(StandardCharsets.UTF_8));
        report.add("wrote " + paths.display(adaptation) + ": based on " + pack + " "
                + national.pack().manifest().version() + "; add your changes, then run mvn verify");
        return new Outcome(report, false);
    }

    private static List<Path> adaptationFiles(AdaptRequest request) {
        Path local = request.validation().packsDirectory().resolve("local");
        if (!Files.isDirectory(local)) return List.of();
        try (Stream<Path> s = Files.walk(local, 3)) {
            return s.filter(p -> p.getFileName().toString().equals(FileKind.ADAPTATION.fileName()))
                    .filter(p -> request.commissioner().map(c -> p.getParent().getParent().getFileName().toString().equals(c)).orElse(true))
                    .filter(p -> request.pack().map(k -> p.getParent().getFileName().toString().equals(k)).orElse(true))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ToolingException("cannot list " + local + ": " + e.getMessage(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolingException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
