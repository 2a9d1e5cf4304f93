package uk.nhs.aqp.core.load;

import uk.nhs.aqp.core.source.FileKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.Origin;

/**
 * Stage 1, discover: walks the packs folder ({@code standard/}, {@code national/<pack-id>/},
 * {@code local/}) and reports missing and unexpected files. Reads no file content. Every entry is
 * looked at through the {@link ProjectBoundary} of the project and the packs folder before it is
 * used: a link that leads outside is reported at the link and not followed, a named pipe, socket
 * or device is reported and never opened, and a folder that cannot be listed is reported, so each
 * problem yields one diagnostic and discovery never throws.
 */
public final class PackDiscoverer {

    static final String STANDARD = "standard";
    static final String NATIONAL = "national";
    static final String LOCAL = "local";
    /** The folder beside a pack (national or local) that holds provider applications to it. */
    public static final String APPLICATIONS = "applications";
    private static final String TOP = "the packs folder holds only standard/, national/ and local/";

    private final ProjectPaths paths;

    public PackDiscoverer(ProjectPaths paths) {
        this.paths = paths;
    }

    public DiscoveredPacks discover(Path packsDir, DiagnosticSink sink) {
        InputGuard guard = new InputGuard(ProjectBoundary.of(paths.projectRoot(), List.of(packsDir)), paths, sink);
        DiscoveredPacks none = new DiscoveredPacks(Optional.empty(), List.of(), List.of());
        ProjectBoundary.Entry packs = guard.inspect(packsDir);
        if (packs.kind() == ProjectBoundary.Kind.MISSING || packs.kind() == ProjectBoundary.Kind.FILE
                || packs.kind() == ProjectBoundary.Kind.SPECIAL) {
            sink.report("pack.no-packs-folder", Origin.ofFile(paths.display(packsDir)));
            return none;
        }
        Optional<List<Path>> top = guard.isFolder(packs, TOP) ? guard.list(packsDir) : Optional.empty();
        if (top.isEmpty()) {
            return none;
        }
        for (Path entry : top.get()) {
            String name = entry.getFileName().toString();
            if (!hidden(name) && !List.of(STANDARD, NATIONAL, LOCAL).contains(name)) {
                sink.report("pack.unexpected-file", Origin.ofFile(paths.display(entry)),
                        TOP + DidYouMean.hint(name, List.of(STANDARD, NATIONAL, LOCAL)));
            }
        }
        return new DiscoveredPacks(standard(packsDir, guard, sink), national(packsDir.resolve(NATIONAL), guard, sink),
                local(packsDir.resolve(LOCAL), guard, sink));
    }

    private Optional<Path> standard(Path packsDir, InputGuard guard, DiagnosticSink sink) {
        ProjectBoundary.Entry folder = guard.inspect(packsDir.resolve(STANDARD));
        Path questionnaire = packsDir.resolve(STANDARD).resolve(FileKind.QUESTIONNAIRE.fileName());
        if (folder.kind() != ProjectBoundary.Kind.MISSING && !guard.isFolder(folder, TOP)) {
            return Optional.empty();
        }
        ProjectBoundary.Entry file = guard.inspect(questionnaire);
        if (file.kind() == ProjectBoundary.Kind.MISSING) {
            sink.report("pack.missing-standard", Origin.ofFile(paths.display(questionnaire)));
        }
        return guard.isFile(file) ? Optional.of(questionnaire) : Optional.empty();
    }

    private List<PackFolder> national(Path nationalDir, InputGuard guard, DiagnosticSink sink) {
        ProjectBoundary.Entry folder = guard.inspect(nationalDir);
        if (folder.kind() == ProjectBoundary.Kind.MISSING) {
            sink.report("pack.no-packs", Origin.ofFile(paths.display(nationalDir)));
            return List.of();
        }
        Optional<List<Path>> entries = guard.isFolder(folder, TOP) ? guard.list(nationalDir) : Optional.empty();
        if (entries.isEmpty()) {
            return List.of();
        }
        List<PackFolder> national = new ArrayList<>();
        boolean refused = false;
        for (Path dir : entries.get()) {
            if (hidden(dir.getFileName().toString())) continue;
            ProjectBoundary.Entry pack = guard.inspect(dir);
            if (guard.isFolder(pack, "national/ holds one folder per pack")) {
                national.add(folder(dir, guard, sink));
            } else if (pack.kind() != ProjectBoundary.Kind.FILE && pack.kind() != ProjectBoundary.Kind.SPECIAL) {
                refused = true; // a link out or nowhere, already reported: "no packs" would only repeat it
            }
        }
        if (national.isEmpty() && !refused) {
            sink.report("pack.no-packs", Origin.ofFile(paths.display(nationalDir)));
        }
        return national;
    }

    private List<LocalFolder> local(Path localDir, InputGuard guard, DiagnosticSink sink) {
        List<LocalFolder> out = new ArrayList<>();
        ProjectBoundary.Entry folder = guard.inspect(localDir);
        Optional<List<Path>> commissioners = guard.isFolder(folder, TOP) ? guard.list(localDir) : Optional.empty();
        for (Path dir : commissioners.orElse(List.of())) {
            String name = dir.getFileName().toString();
            if (hidden(name)) continue;
            Optional<List<Path>> entries = guard.isFolder(guard.inspect(dir), "local/ holds one folder per commissioner")
                    ? guard.list(dir) : Optional.empty();
            if (entries.isEmpty()) continue;
            Path commissioner = dir.resolve(FileKind.COMMISSIONER.fileName());
            ProjectBoundary.Entry commissionerEntry = guard.inspect(commissioner);
            if (commissionerEntry.kind() == ProjectBoundary.Kind.MISSING) {
                sink.report("pack.missing-file", Origin.ofFile(paths.display(dir)), FileKind.COMMISSIONER.fileName(),
                        "a commissioner's folder starts with commissioner.yaml (id, name, organisation code, region, kind)");
            }
            boolean hasCommissioner = guard.isFile(commissionerEntry);
            List<LocalFolder.Adaptation> adaptations = new ArrayList<>();
            for (Path entry : entries.get()) {
                String entryName = entry.getFileName().toString();
                if (hidden(entryName) || entry.equals(commissioner)) continue;
                String unexpected = "a commissioner folder holds commissioner.yaml and one folder per adapted pack"
                        + DidYouMean.hint(entryName, List.of(FileKind.COMMISSIONER.fileName()));
                if (guard.isFolder(guard.inspect(entry), unexpected)) {
                    adaptation(entry, guard, sink).ifPresent(adaptations::add);
                }
            }
            out.add(new LocalFolder(name, dir, paths.display(dir),
                    hasCommissioner ? Optional.of(commissioner) : Optional.empty(), adaptations));
        }
        return out;
    }

    /** {@code local/<commissioner>/<pack-id>/}: its adaptation.yaml, if it has a readable one. */
    private Optional<LocalFolder.Adaptation> adaptation(Path folder, InputGuard guard, DiagnosticSink sink) {
        Optional<List<Path>> entries = guard.list(folder);
        if (entries.isEmpty()) return Optional.empty();
        Path adaptation = folder.resolve(FileKind.ADAPTATION.fileName());
        ProjectBoundary.Entry entry = guard.inspect(adaptation);
        if (entry.kind() == ProjectBoundary.Kind.MISSING) {
            sink.report("pack.missing-file", Origin.ofFile(paths.display(folder)), FileKind.ADAPTATION.fileName(),
                    "an adapted pack's folder holds adaptation.yaml (mvn aqp:adapt scaffolds one)");
            return Optional.empty();
        }
        if (!guard.isFile(entry)) return Optional.empty();
        for (Path extra : entries.get()) {
            String extraName = extra.getFileName().toString();
            if (!hidden(extraName) && !extra.equals(adaptation) && !applications(extra, guard)
                    && !extraName.equals(FileKind.QUALIFIED_PROVIDERS.fileName())) {
                sink.report("pack.unexpected-file", Origin.ofFile(paths.display(extra)),
                        "an adapted pack's folder holds only adaptation.yaml, its applications/ and its"
                                + " qualified-providers.yaml; the rest comes from the national pack"
                                + DidYouMean.hint(extraName, List.of(FileKind.ADAPTATION.fileName(),
                                        FileKind.QUALIFIED_PROVIDERS.fileName())));
            }
        }
        return Optional.of(new LocalFolder.Adaptation(folder.getFileName().toString(), adaptation,
                paths.display(adaptation)));
    }

    private PackFolder folder(Path dir, InputGuard guard, DiagnosticSink sink) {
        Map<FileKind, Path> files = new EnumMap<>(FileKind.class);
        Optional<List<Path>> entries = guard.list(dir);
        Set<FileKind> reported = EnumSet.noneOf(FileKind.class);
        for (Path entry : entries.orElse(List.of())) {
            String name = entry.getFileName().toString();
            Optional<FileKind> kind = FileKind.packFile(name);
            if (kind.isPresent()) {
                if (guard.isFile(guard.inspect(entry))) {
                    files.put(kind.get(), entry);
                } else {
                    reported.add(kind.get());
                }
            } else if (!hidden(name) && !applications(entry, guard)) {
                sink.report("pack.unexpected-file", Origin.ofFile(paths.display(entry)),
                        "a pack folder holds only " + String.join(", ", FileKind.packFileNames())
                                + (name.equals(FileKind.QUALIFIED_PROVIDERS.fileName())
                                        ? "; a register of qualified providers is a commissioner's: put it beside its"
                                                + " local pack, packs/local/<commissioner>/" + dir.getFileName() + "/"
                                        : DidYouMean.hint(name, FileKind.packFileNames())));
            }
        }
        for (FileKind kind : FileKind.packFiles()) {
            if (entries.isPresent() && !files.containsKey(kind) && !reported.contains(kind)) {
                sink.report("pack.missing-file", Origin.ofFile(paths.display(dir)), kind.fileName(),
                        "every pack holds " + String.join(", ", FileKind.packFileNames()));
            }
        }
        return new PackFolder(dir.getFileName().toString(), dir, paths.display(dir), files);
    }

    /**
     * Whether {@code entry} is the place of the pack's {@code applications/} folder, which the
     * qualification stage reads ({@code uk.nhs.aqp.core.qualify}); anything but a folder there (a
     * file, a link leading outside) is reported here, once.
     */
    private static boolean applications(Path entry, InputGuard guard) {
        if (!entry.getFileName().toString().equals(APPLICATIONS)) return false;
        guard.isFolder(guard.inspect(entry), "applications is a folder of provider applications, one <provider-id>.yaml each");
        return true;
    }

    private static boolean hidden(String name) {
        return name.startsWith(".");
    }
}
