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
            return new DiscoveredPacks(Optional.empty(), List.of());
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
        return new DiscoveredPacks(standard, national);
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
                sink.report("pack.missing-file", Origin.ofFile(paths.display(dir)), kind.fileName());
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
