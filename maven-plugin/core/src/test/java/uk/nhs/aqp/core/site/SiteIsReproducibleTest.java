package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.publish.Content;

/**
 * The same inputs give byte-identical site files: from two fresh builders in this JVM, and from a
 * second JVM. The second JVM matters: {@code Map.of}/{@code Map.copyOf} iterate in an order that
 * is fixed within one JVM but changes from one JVM to the next, which is how the download lists
 * of two clean builds came to differ. The project has four national packs, two local ones, and
 * all six documents (PDF and HTML) plus the bundle's files for each, so an unordered listing
 * would show.
 */
class SiteIsReproducibleTest {

    static final List<String> DOCUMENTS = List.of("implementation-pack", "service-specification", "kpi-schedule",
            "currency-and-tariff", "qualification-questionnaire", "patient-choice");

    @TempDir
    Path work;

    @Test
    void two_fresh_builders_and_a_second_jvm_make_byte_identical_sites() throws Exception {
        Path project = project(work.resolve("project"));
        Path cache = work.resolve("cache");
        Map<String, byte[]> first = assemble(project, cache);
        Map<String, byte[]> second = assemble(project, cache);
        assertTrue(first.keySet().stream().anyMatch(p -> p.startsWith("docs/demo-3/")), "the documents were copied in");
        assertIdentical(first, second, "two builders in one JVM");

        Path out = work.resolve("other-jvm");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SiteAssemblyProcess.class.getName(),
                project.toString(), cache.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the second JVM finished");
        assertEquals(0, child.exitValue(), Files.readString(work.resolve("child.log")));
        assertIdentical(first, read(out), "this JVM and another");
    }

    /** Validates the project and assembles its site in memory with a fresh builder. */
    static Map<String, byte[]> assemble(Path project, Path cache) throws IOException {
        SiteRequest request = SiteFixture.request(project, cache)
                .withDownloads(Optional.of(project.resolve("stages/docs")), Optional.of(project.resolve("stages/bundle")));
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidationResult validation = toolkit.validate(request.validation(), BuildLog.silent());
            if (validation.failed()) {
                throw new IllegalStateException(validation.diagnostics().toString());
            }
            SiteBuilder.Assembly site = new SiteBuilder(Optional.empty(), project).assemble(validation, request, BuildLog.silent());
            if (site.failed()) {
                throw new IllegalStateException(site.diagnostics().toString());
            }
            Map<String, byte[]> files = new TreeMap<>();
            site.files().forEach((path, content) -> files.put(path, content.bytes()));
            return files;
        }
    }

    private static void assertIdentical(Map<String, byte[]> a, Map<String, byte[]> b, String what) {
        assertEquals(a.keySet(), b.keySet(), what + ": the same files");
        List<String> differ = new ArrayList<>();
        a.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, b.get(path))) differ.add(path);
        });
        assertEquals(List.of(), differ, what + ": files whose bytes differ");
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /**
     * The demo project with three more national packs (copies of the demo pack under other ids),
     * and stand-in documents and bundle files for every pack, as the other stages lay them out.
     */
    static Path project(Path dir) throws IOException {
        SiteFixture.demoProject(dir);
        Path demo = dir.resolve("packs/national/demo");
        List<String> keys = new ArrayList<>(List.of("demo", "local/drift-ccg/demo", "local/test-ccg/demo"));
        for (String id : List.of("demo-2", "demo-3", "demo-4")) {
            Path copy = dir.resolve("packs/national/" + id);
            TestPaths.copyTree(demo, copy);
            Path manifest = copy.resolve("pack.yaml");
            Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^id: demo$", "id: " + id)
                    .replaceFirst("(?m)^shortTitle: .*$", "shortTitle: Demo service " + id));
            keys.add(id);
        }
        Path docs = dir.resolve("stages/docs");
        Path bundle = dir.resolve("stages/bundle");
        for (String key : keys) {
            for (String name : DOCUMENTS) {
                write(docs.resolve(key + "/" + name + ".pdf"), "%PDF-1.4 " + key + " " + name);
                write(docs.resolve(key + "/" + name + ".html"), "<!DOCTYPE html><html><head><title>" + name
                        + "</title></head><body><h1 id=\"top\">" + key + "</h1></body></html>");
            }
            write(bundle.resolve("packs/" + key + ".json"), "{\"id\":\"" + key + "\"}");
        }
        for (String table : List.of("packs", "kpis", "tariffs", "eligibility", "variations", "adoptions")) {
            write(bundle.resolve("tables/" + table + ".csv"), "pack_key\r\n");
        }
        write(bundle.resolve("datapackage.json"), "{}");
        write(bundle.resolve("aqp-packs.xlsx"), "PK stand-in");
        write(bundle.resolve("aqp-packs-0.1.0.zip"), "PK stand-in zip");
        return dir;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void the_stand_in_project_is_valid_and_lists_every_document() throws IOException {
        Path project = project(work.resolve("check"));
        Map<String, byte[]> site = assemble(project, work.resolve("cache"));
        String page = new String(site.get("packs/demo-2/index.html"), StandardCharsets.UTF_8);
        int previous = -1;
        for (String format : List.of(".pdf", ".html")) {
            for (String name : DOCUMENTS.stream().sorted().toList()) {
                int at = page.indexOf("docs/demo-2/" + name + format);
                assertTrue(at > previous, name + format + " is listed after the one before it (PDFs, then HTML, each by name)");
                previous = at;
            }
        }
        assertFalse(page.contains("docs/demo-3/"), "only the pack's own documents");
    }
}
