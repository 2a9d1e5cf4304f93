package uk.nhs.aqp.core.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a JVM of its own by {@link SiteIsReproducibleTest}: assembles the site of a project as
 * that test does and writes every file to a folder. Arguments: project, frontend cache, out.
 */
final class SiteAssemblyProcess {

    private SiteAssemblyProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[2]);
        Map<String, byte[]> files = SiteIsReproducibleTest.assemble(Path.of(args[0]), Path.of(args[1]));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = out.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }
}
