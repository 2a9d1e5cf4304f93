package uk.nhs.aqp.core.render.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import uk.nhs.aqp.core.publish.TemporaryFolder;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * The theme, images and stylesheet of a render, written to a private temporary folder because
 * asciidoctor-pdf reads its theme and images from disk. The folder is made inside the build's own
 * output (never the system's temporary folder: nothing outside the project's folders is written).
 * It is also the SECURE jail: no document can read a file outside it. Deleted on close.
 *
 * @param directory the temporary folder
 * @param theme the PDF theme's name ({@code nhs} for {@code nhs-theme.yml})
 * @param stylesheet CSS added to every HTML page
 */
public record ConversionAssets(Path directory, String theme, String stylesheet) implements AutoCloseable {

    /** Writes {@code files} (name to content) to a new hidden folder in {@code parent}. */
    public static ConversionAssets write(Path parent, Map<String, byte[]> files, String themeFile, String stylesheetFile) {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(parent), ".aqp-assets-");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey()).normalize();
                if (target.getParent().equals(dir)) {
                    Files.write(target, e.getValue());
                }
            }
            String css = files.containsKey(stylesheetFile)
                    ? new String(files.get(stylesheetFile), StandardCharsets.UTF_8) : "";
            return new ConversionAssets(dir, themeFile.replaceFirst("-theme\\.yml$", ""), css);
        } catch (IOException e) {
            throw new ToolingException("cannot write the PDF theme to a temporary folder: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        TemporaryFolder.delete(directory);
    }
}
