package uk.nhs.aqp.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.publish.AtomicFile;
import uk.nhs.aqp.core.rules.PlaceholderText;
import uk.nhs.aqp.core.scaffold.NationalPackTemplate;
import uk.nhs.aqp.core.source.FileKind;

/**
 * Writes a new national pack folder with the six files of {@link NationalPackTemplate}. It makes
 * the folder itself or nothing: a folder (or file, or link) already at the pack's place is named
 * and left alone, as is a link on the way to it, and nothing is written.
 */
final class PackScaffolder {

    MaintenanceResult scaffold(NewPackRequest request) {
        ProjectPaths paths = new ProjectPaths(request.projectRoot());
        Path folder = request.folder();
        String shown = paths.display(folder);
        ProjectBoundary boundary = ProjectBoundary.of(request.projectRoot(), List.of(request.packsDirectory()));
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return refused(shown + " already exists; aqp:new only makes a new pack folder and never writes into one"
                    + " it did not make, so nothing was written. Choose another pack id, or move that folder away"
                    + " yourself");
        }
        Optional<Path> link = boundary.linkOnTheWay(folder);
        if (link.isPresent()) {
            return refused(shown + ": nothing written: " + paths.display(link.get()) + " is a link, and aqp:new"
                    + " never writes through a link (wherever it leads); replace the link with the folder itself,"
                    + " or run the goal where the files really are");
        }
        Map<FileKind, String> files = NationalPackTemplate.files(request.packId(), request.created());
        List<String> report = new ArrayList<>();
        files.forEach((kind, text) -> AtomicFile.write(folder.resolve(kind.fileName()),
                text.getBytes(StandardCharsets.UTF_8)));
        report.add("wrote " + shown + "/: " + String.join(", ", FileKind.packFileNames()));
        report.add("a draft " + request.packId() + " 0.1.0, valid as it stands; replace every value that starts with "
                + PlaceholderText.MARKER + " (the build warns at each, pack.placeholder),"
                + " then run mvn verify");
        return new MaintenanceResult(report, false);
    }

    private static MaintenanceResult refused(String line) {
        return new MaintenanceResult(List.of(line), true);
    }
}
