package uk.nhs.aqp.core.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/** Replacing a folder and a file together: all or nothing, and nothing left behind. */
class PublisherTest {

    @TempDir
    Path out;

    private final Publisher publisher = new Publisher();
    private Path folder;
    private Path zip;

    @BeforeEach
    void previousOutput() throws IOException {
        folder = out.resolve("bundle");
        zip = out.resolve("bundle-1.zip");
        Files.createDirectories(folder.resolve("tables"));
        Files.writeString(folder.resolve("tables/old.csv"), "old");
        Files.writeString(zip, "old zip");
    }

    @Test
    void replaces_the_whole_folder_and_the_file() throws IOException {
        publisher.replace(Map.of(folder, Map.of("datapackage.json", bytes("{}"), "tables/kpis.csv", bytes("a,b"))),
                Map.of(zip, bytes("new zip")));
        assertEquals(Map.of("datapackage.json", "{}", "tables/kpis.csv", "a,b"), contents(folder));
        assertEquals("new zip", Files.readString(zip));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void a_file_that_cannot_be_written_leaves_folder_and_file_as_they_were() throws IOException {
        // "tables" cannot be both a file and the folder of tables/kpis.csv
        Map<String, byte[]> clash = Map.of("tables", bytes("x"), "tables/kpis.csv", bytes("a,b"));
        assertThrows(ToolingException.class, () -> publisher.replace(Map.of(folder, clash), Map.of(zip, bytes("new"))));
        assertEquals(Map.of("tables/old.csv", "old"), contents(folder));
        assertEquals("old zip", Files.readString(zip));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void a_path_escaping_the_folder_is_refused_before_anything_moves() throws IOException {
        assertThrows(ToolingException.class,
                () -> publisher.replace(Map.of(folder, Map.of("../escaped.txt", bytes("x"))), Map.of(zip, bytes("new"))));
        assertFalse(Files.exists(out.resolve("escaped.txt")));
        assertEquals(Map.of("tables/old.csv", "old"), contents(folder));
        assertEquals("old zip", Files.readString(zip));
        assertEquals(List.of(), leftovers());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
