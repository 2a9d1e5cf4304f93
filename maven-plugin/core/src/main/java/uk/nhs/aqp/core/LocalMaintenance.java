package uk.nhs.aqp.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.nhs.aqp.core.adapt.AdaptationRebaser;
import uk.nhs.aqp.core.adapt.AdaptationTemplate;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.publish.AtomicFile;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * The goals that write into a commissioner's own files: scaffolding an adaptation and rebasing
 * adaptations onto the current national packs. Each refuses rather than overwrite work, and
 * never writes through a link: a link as the file, or as any folder between the project and it,
 * is named and left alone, and nothing is written.
 */
final class LocalMaintenance {

    /** What a maintenance goal did: lines to tell the user, and whether it had to refuse. */
    record Outcome(List<String> report, boolean refused) {
    }

    /** The adaptations a rebase works on, and the links it found on the way and will not write through. */
    private record Found(List<Path> files, List<Path> links) {
    }

    Outcome rebase(AdaptRequest request, PackValidation validation, PackValidation.Outcome valid) {
        ProjectPaths paths = new ProjectPaths(request.validation().projectRoot());
        ProjectBoundary boundary = boundary(request);
        List<String> report = new ArrayList<>();
        boolean refused = false;
        Found found = adaptationFiles(request, boundary, paths);
        for (Path link : found.links()) {
            report.add(paths.display(link) + ": not rebased: " + throughLink("aqp:rebase", paths.display(link)));
            refused = true;
        }
        for (Path file : found.files()) {
            String shown = paths.display(file);
            Optional<Path> link = boundary.linkOnTheWay(file);
            if (link.isPresent()) {
                report.add(shown + ": not rebased: " + throughLink("aqp:rebase", paths.display(link.get())));
                refused = true;
                continue;
            }
            DiagnosticSink sink = new DiagnosticSink();
            Optional<YamlDocument> doc = validation.checked(file, FileKind.ADAPTATION, sink);
            // a member of a joint arrangement builds on the arrangement's resolved files, at its version
            boolean member = doc.isPresent() && doc.get().root().at("/base/joint").isTextual();
            String base = doc.map(d -> d.root().at(member ? "/base/joint" : "/base/pack").asText()).orElse("");
            Optional<Upstream> upstream = member
                    ? Optional.ofNullable(valid.arrangements().get(base))
                            .map(a -> new Upstream("joint arrangement " + base, a.version(), a.documents()))
                    : Optional.ofNullable(valid.national().get(base)).map(n -> new Upstream(base,
                            n.pack().manifest().version(), n.documents()));
            if (doc.isEmpty() || upstream.isEmpty()) {
                report.add(shown + ": not rebased: fix its errors (and its " + (member ? "arrangement's" : "national pack's")
                        + ") first; run aqp:validate");
                refused = true;
                continue;
            }
            Upstream onto = upstream.get();
            String text = read(file, paths);
            AdaptationRebaser.Rebased r = new AdaptationRebaser().rebase(text, doc.get(), onto.documents(), onto.version());
            if (!r.gone().isEmpty()) {
                report.add(shown + ": not rebased: these targets no longer exist upstream and need a decision first: "
                        + String.join(", ", r.gone()));
                refused = true;
            } else if (r.changedAnything()) {
                AtomicFile.write(file, r.text().getBytes(StandardCharsets.UTF_8));
                report.add(shown + ": rebased onto " + onto.name() + " " + onto.version()
                        + (r.updated().isEmpty() ? "" : "; was updated for " + String.join(", ", r.updated())));
            } else {
                report.add(shown + ": already up to date with " + onto.name() + " " + onto.version());
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
        Path commissionerFile = folder.resolve(FileKind.COMMISSIONER.fileName());
        ProjectBoundary boundary = boundary(request);
        Optional<Path> link = boundary.linkOnTheWay(adaptation).or(() -> boundary.linkOnTheWay(commissionerFile));
        if (link.isPresent()) {
            return new Outcome(List.of(paths.display(adaptation) + ": nothing written: "
                    + throughLink("aqp:adapt", paths.display(link.get()))), true);
        }
        if (Files.exists(adaptation, LinkOption.NOFOLLOW_LINKS)) {
            return new Outcome(List.of(paths.display(adaptation) + " already exists; not overwritten"), true);
        }
        List<String> report = new ArrayList<>();
        if (!Files.exists(commissionerFile, LinkOption.NOFOLLOW_LINKS)) {
            AtomicFile.write(commissionerFile, AdaptationTemplate.commissioner(commissioner).getBytes(StandardCharsets.UTF_8));
            report.add("wrote " + paths.display(commissionerFile) + ": fill in the name, code, region and kind");
        }
        AtomicFile.write(adaptation, AdaptationTemplate.adaptation(national.pack()).getBytes(StandardCharsets.UTF_8));
        report.add("wrote " + paths.display(adaptation) + ": based on " + pack + " "
                + national.pack().manifest().version() + "; add your changes, then run mvn verify");
        return new Outcome(report, false);
    }

    /** What an adaptation's changes apply to: a national pack or a joint arrangement. */
    private record Upstream(String name, String version, Map<FileKind, YamlDocument> documents) {
    }

    /** Why a goal left a file alone: a link on its way. */
    private static String throughLink(String goal, String link) {
        return link + " is a link, and " + goal + " never writes through a link (wherever it leads); replace the link"
                + " with the folder or file itself, or run the goal where the files really are";
    }

    private static ProjectBoundary boundary(AdaptRequest request) {
        return ProjectBoundary.of(request.validation().projectRoot(), List.of(request.validation().packsDirectory()));
    }

    /**
     * {@code local/<commissioner>/<pack>/adaptation.yaml} of the selected commissioners and packs,
     * without following any link: a link found where a folder or the file belongs is listed to be
     * named, and nothing behind it is looked at.
     */
    private static Found adaptationFiles(AdaptRequest request, ProjectBoundary boundary, ProjectPaths paths) {
        Path local = request.validation().packsDirectory().resolve("local");
        List<Path> files = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        Optional<Path> link = boundary.linkOnTheWay(local);
        if (link.isPresent()) {
            return new Found(List.of(), Files.isDirectory(local) ? List.of(link.get()) : List.of());
        }
        for (Path commissioner : folders(local, paths, request.commissioner())) {
            if (Files.isSymbolicLink(commissioner)) {
                links.add(commissioner);
                continue;
            }
            for (Path pack : folders(commissioner, paths, request.pack())) {
                Path adaptation = pack.resolve(FileKind.ADAPTATION.fileName());
                if (Files.isSymbolicLink(pack) || Files.isSymbolicLink(adaptation)) {
                    links.add(Files.isSymbolicLink(pack) ? pack : adaptation);
                } else if (Files.isRegularFile(adaptation, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(adaptation);
                }
            }
        }
        return new Found(files, links);
    }

    /** The folders (and links to folders) in {@code parent} named {@code only}, or all; sorted. */
    private static List<Path> folders(Path parent, ProjectPaths paths, Optional<String> only) {
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> only.map(name -> p.getFileName().toString().equals(name)).orElse(true))
                    .filter(Files::isDirectory)
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ToolingException("cannot list " + paths.display(parent) + " ("
                    + (e instanceof IOException io ? ProjectBoundary.reason(io) : e.getMessage()) + ")", e);
        }
    }

    static String read(Path file, ProjectPaths paths) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolingException("cannot read " + paths.display(file) + " (" + ProjectBoundary.reason(e) + ")", e);
        }
    }
}
