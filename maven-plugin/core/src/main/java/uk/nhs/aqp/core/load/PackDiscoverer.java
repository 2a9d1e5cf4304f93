package uk.nhs.aqp.core.load;

import uk.nhs.aqp.core.source.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.Origin;

/**
 * Stage 1, discover: walks the packs folder ({@code standard/}, {@code national/<pack-id>/},
 * {@code local/}) and reports missing and unexpected files. Reads no file content.
 */
public final class PackDiscoverer {

    static final String STANDARD = "standard";
    static final String NATIONAL = "national";
    static final String LOCAL = "local";

    private final ProjectPaths paths;

    public PackDiscoverer(ProjectPaths paths) {
        this.paths = paths;
    }

    public DiscoveredPacks discover(Path packsDir, DiagnosticSink sink) {
        if (!Files.isDirectory(packsDir)) {
            sink.report("pack.no-packs-folder", Origin.ofFile(paths.display(packsDir)));
            return new DiscoveredPacks(Optional.empty(), List.of(), List.of());
        }
        for (Path entry : list(packsDir)) {
            String name = entry.getFileName().toString();
            if (!hidden(name) && !(Files.isDirectory(entry) && List.of(STANDARD, NATIONAL, LOCAL).contains(name))) {
                sink.report("pack.unexpected-file", Origin.ofFile(paths.display(entry)),
                        "the packs folder holds only standard/, national/ and local/"
                                + DidYouMean.hint(name, List.of(STANDARD, NATIONAL, LOCAL)));
            }
        }
        Path questionnaire = packsDir.resolve(STANDARD).resolve(FileKind.QUESTIONNAIRE.fileName());
        Optional<Path> standard = Optional.of(questionnaire).filter(Files::isRegularFile);
        if (standard.isEmpty()) {
            sink.report("pack.missing-standard", Origin.ofFile(paths.display(questionnaire)));
        }
        List<PackFolder> national = new ArrayList<>();
        Path nationalDir = packsDir.resolve(NATIONAL);
        if (Files.isDirectory(nationalDir)) {
            for (Path dir : list(nationalDir)) {
                String name = dir.getFileName().toString();
                if (hidden(name)) continue;
                if (!Files.isDirectory(dir)) {
                    sink.report("pack.unexpected-file", Origin.ofFile(paths.display(dir)),
                            "national/ holds one folder per pack");
                    continue;
                }
                national.add(folder(dir, sink));
            }
        }
        if (national.isEmpty()) {
            sink.report("pack.no-packs", Origin.ofFile(paths.display(nationalDir)));
        }
        return new DiscoveredPacks(standard, national, local(packsDir.resolve(LOCAL), sink));
    }

    private List<LocalFolder> local(Path localDir, DiagnosticSink sink) {
        List<LocalFolder> out = new ArrayList<>();
        if (!Files.isDirectory(localDir)) {
            return out;
        }
        for (Path dir : list(localDir)) {
            String name = dir.getFileName().toString();
            if (hidden(name)) continue;
            if (!Files.isDirectory(dir)) {
                sink.report("pack.unexpected-file", Origin.ofFile(paths.display(dir)),
                        "local/ holds one folder per commissioner");
                continue;
            }
            Path commissioner = dir.resolve(FileKind.COMMISSIONER.fileName());
            if (!Files.isRegularFile(commissioner)) {
                sink.report("pack.missing-file", Origin.ofFile(paths.display(dir)), FileKind.COMMISSIONER.fileName(),
                        "a commissioner's folder starts with commissioner.yaml (id, name, organisation code, region, kind)");
            }
            List<LocalFolder.Adaptation> adaptations = new ArrayList<>();
            for (Path entry : list(dir)) {
                String entryName = entry.getFileName().toString();
                if (hidden(entryName) || entry.equals(commissioner)) continue;
                Path adaptation = entry.resolve(FileKind.ADAPTATION.fileName());
                if (!Files.isDirectory(entry)) {
                    sink.report("pack.unexpected-file", Origin.ofFile(paths.display(entry)),
                            "a commissioner folder holds commissioner.yaml and one folder per adapted pack"
                                    + DidYouMean.hint(entryName, List.of(FileKind.COMMISSIONER.fileName())));
                } else if (!Files.isRegularFile(adaptation)) {
                    sink.report("pack.missing-file", Origin.ofFile(paths.display(entry)), FileKind.ADAPTATION.fileName(),
                            "an adapted pack's folder holds adaptation.yaml (mvn aqp:adapt scaffolds one)");
                } else {
                    for (Path extra : list(entry)) {
                        String extraName = extra.getFileName().toString();
                        if (!hidden(extraName) && !extra.equals(adaptation)) {
                            sink.report("pack.unexpected-file", Origin.ofFile(paths.display(extra)),
                                    "an adapted pack's folder holds only adaptation.yaml; the rest comes from the national pack"
                                            + DidYouMean.hint(extraName, List.of(FileKind.ADAPTATION.fileName())));
                        }
                    }
                    adaptations.add(new LocalFolder.Adaptation(entryName, adaptation, paths.display(adaptation)));
                }
            }
            out.add(new LocalFolder(name, dir, paths.display(dir),
                    Optional.of(commissioner).filter(Files::isRegularFile), adaptations));
        }
        return out;
    }

    private PackFolder folder(Path dir, DiagnosticSink sink) {
        Map<FileKind, Path> files = new EnumMap<>(FileKind.class);
        for (Path entry : list(dir)) {
            String name = entry.getFileName().toString();
            Optional<FileKind> kind = FileKind.packFile(name);
            if (kind.isPresent() && Files.isRegularFile(entry)) {
                files.put(kind.get(), entry);
            } else if (!hidden(name)) {
                sink.report("pack.unexpected-file", Origin.ofFile(paths.display(entry)),
                        "a pack folder holds only " + String.join(", ", FileKind.packFileNames())
                                + DidYouMean.hint(name, FileKind.packFileNames()));
            }
        }
        for (FileKind kind : FileKind.packFiles()) {
            if (!files.containsKey(kind)) {
                sink.report("pack.missing-file", Origin.ofFile(paths.display(dir)), kind.fileName(),
                        "every pack holds " + String.join(", ", FileKind.packFileNames()));
            }
        }
        return new PackFolder(dir.getFileName().toString(), dir, paths.display(dir), files);
    }

    private static boolean hidden(String name) {
        return name.startsWith(".");
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
