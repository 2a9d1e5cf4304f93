package uk.nhs.aqp.core.qualify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.InputGuard;
import uk.nhs.aqp.core.load.PackDiscoverer;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.source.Origin;

/**
 * Finds the provider applications under the packs folder: {@code national/<pack-id>/applications/*.yaml}
 * and {@code local/<commissioner>/<pack-id>/applications/*.yaml}. Reads no file; anything else in an
 * applications folder is {@code pack.unexpected-file}. Every entry is looked at through the
 * {@link InputGuard}, as discovery does.
 */
public final class ApplicationFinder {

    /** One application file and the place that says which pack it answers. */
    public record Found(Path file, String displayPath, String packFolder, Optional<String> commissioner) {
    }

    private final ProjectPaths paths;

    public ApplicationFinder(ProjectPaths paths) {
        this.paths = paths;
    }

    public List<Found> find(Path packsDirectory, DiagnosticSink sink) {
        InputGuard guard = new InputGuard(ProjectBoundary.of(paths.projectRoot(), List.of(packsDirectory)), paths, sink);
        List<Found> out = new ArrayList<>();
        for (Path pack : folders(packsDirectory.resolve("national"), guard)) {
            in(pack, Optional.empty(), guard, sink, out);
        }
        for (Path commissioner : folders(packsDirectory.resolve("local"), guard)) {
            for (Path pack : folders(commissioner, guard)) {
                in(pack, Optional.of(commissioner.getFileName().toString()), guard, sink, out);
            }
        }
        return out;
    }

    private void in(Path pack, Optional<String> commissioner, InputGuard guard, DiagnosticSink sink, List<Found> out) {
        Path folder = pack.resolve(PackDiscoverer.APPLICATIONS);
        if (!isFolder(folder, guard)) return;
        for (Path entry : guard.list(folder).orElse(List.of())) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (name.endsWith(".yaml") && guard.isFile(guard.inspect(entry))) {
                out.add(new Found(entry, paths.display(entry), pack.getFileName().toString(), commissioner));
            } else if (!name.endsWith(".yaml")) {
                sink.report("pack.unexpected-file", Origin.ofFile(paths.display(entry)),
                        "an applications folder holds one <provider-id>.yaml per provider");
            }
        }
    }

    private static List<Path> folders(Path folder, InputGuard guard) {
        if (!isFolder(folder, guard)) return List.of();
        return guard.list(folder).orElse(List.of()).stream()
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(p -> isFolder(p, guard)).toList();
    }

    private static boolean isFolder(Path path, InputGuard guard) {
        return guard.inspect(path).kind() == ProjectBoundary.Kind.FOLDER;
    }
}
