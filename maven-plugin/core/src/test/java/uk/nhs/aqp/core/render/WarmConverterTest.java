package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.Converter;
import uk.nhs.aqp.core.render.convert.DocumentFormat;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.render.template.TemplateSet;
import uk.nhs.aqp.core.render.warm.WarmConverters;

/**
 * A build converts through the warm converter an earlier build started, and gets the same
 * documents as when it converts in its own JVM; a converter of another toolkit build is replaced,
 * an idle one stops, and whenever none can be used the build converts by itself. HTML only, no
 * cache: every build converts the fixture's 14 documents.
 */
@Tag("render")
class WarmConverterTest {

    @TempDir
    Path project;

    private Path packs;
    private Path folder;
    private final List<Long> started = new ArrayList<>();

    @BeforeEach
    void fork() throws IOException {
        packs = RenderFixture.nationalAndLocalPack(project.resolve("packs"));
        folder = project.resolve("target/aqp/converter");
    }

    @AfterEach
    void stopEveryConverterStarted() {
        WarmConverters.process(folder).ifPresent(started::add);
        WarmConverters.stop(folder);
        for (long pid : started) {
            ProcessHandle.of(pid).ifPresent(p -> {
                try {
                    p.onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        }
    }

    @Test
    void a_second_build_uses_the_converter_the_first_started_and_both_give_the_documents_of_an_in_build_render()
            throws IOException {
        List<String> first = render("first", Optional.of(Duration.ofMinutes(2)), false);
        assertTrue(first.stream().anyMatch(l -> l.startsWith("[aqp] converter: started a warm converter (process ")),
                first.toString());
        WarmConverters.process(folder).ifPresent(started::add);
        List<String> second = render("second", Optional.of(Duration.ofMinutes(2)), false);
        assertTrue(second.stream().anyMatch(l -> l.startsWith("[aqp] converter: using the warm converter started ")
                && l.contains("14 documents converted")), second.toString());
        render("in-build", Optional.empty(), true);
        Map<String, String> inBuild = files("in-build");
        assertEquals(14, inBuild.keySet().stream().filter(n -> n.endsWith(".html")).count(), inBuild.keySet().toString());
        assertEquals(inBuild, files("first"));
        assertEquals(inBuild, files("second"));
    }

    @Test
    void a_converter_of_another_toolkit_build_is_stopped_and_a_new_one_started() throws Exception {
        Process other = startConverter("another-toolkit-build");
        List<String> log = new ArrayList<>();
        WarmConverters.connect(folder, Duration.ofMinutes(2), AsciidoctorEngine::start, log(log));
        assertTrue(log.stream().anyMatch(l -> l.equals("[aqp] converter: the warm converter (process " + other.pid()
                + ") is of another toolkit build; it stops and a new one starts")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[aqp] converter: started a warm converter")), log.toString());
        assertTrue(other.waitFor(20, TimeUnit.SECONDS), "the converter of the other build is still running");
        assertFalse(WarmConverters.process(folder).equals(Optional.of(other.pid())));
    }

    @Test
    void a_file_left_by_a_converter_that_is_gone_is_replaced() throws IOException {
        ownFolder();
        Files.writeString(folder.resolve("converter.port"), "9 0123456789abcdef 999999999 gone\n");
        List<String> log = new ArrayList<>();
        WarmConverters.connect(folder, Duration.ofMinutes(2), AsciidoctorEngine::start, log(log));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[aqp] converter: started a warm converter")), log.toString());
        assertTrue(WarmConverters.process(folder).filter(pid -> pid != 999999999L).isPresent());
    }

    @Test
    void a_converter_file_that_is_a_link_is_neither_followed_nor_written_through() throws Exception {
        Path elsewhere = project.resolve("elsewhere");
        Process other = startConverter(elsewhere, "someone-elses");
        String theirs = Files.readString(elsewhere.resolve("converter.port"));
        ownFolder();
        Files.createSymbolicLink(folder.resolve("converter.port"), elsewhere.resolve("converter.port"));
        List<String> log = new ArrayList<>();
        WarmConverters.connect(folder, Duration.ofMinutes(2), AsciidoctorEngine::start, log(log));
        started.add(WarmConverters.process(folder).orElseThrow());
        assertEquals(List.of(true, false), List.of(
                log.stream().anyMatch(l -> l.startsWith("[aqp] converter: started a warm converter")),
                log.stream().anyMatch(l -> l.contains("another toolkit build"))), "the link was followed: " + log);
        assertTrue(other.isAlive(), "the converter the link led to was stopped");
        assertEquals(theirs, Files.readString(elsewhere.resolve("converter.port")));
        assertFalse(Files.isSymbolicLink(folder.resolve("converter.port")), "the converter wrote its own file in place of the link");
        WarmConverters.stop(elsewhere);
    }

    @Test
    void a_converter_that_does_not_answer_is_passed_over() throws Exception {
        ownFolder();
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            // it takes connections (the system queues them) and never answers
            Files.writeString(folder.resolve("converter.port"), silent.getLocalPort() + " 0123456789abcdef 1 silent\n");
            List<String> log = new ArrayList<>();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofMinutes(2),
                    () -> WarmConverters.connect(folder, Duration.ofMinutes(2), AsciidoctorEngine::start, log(log)),
                    "the build waited for a converter that never answers");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("[aqp] converter: started a warm converter")), log.toString());
            started.add(WarmConverters.process(folder).orElseThrow());
        }
    }

    @Test
    void when_no_converter_can_start_the_build_converts_in_its_own_jvm() throws IOException {
        ownFolder();
        Files.createDirectories(folder.resolve("converter.log")); // its output file cannot be made
        List<String> log = new ArrayList<>();
        Converter converter = WarmConverters.connect(folder, Duration.ofMinutes(2), AsciidoctorEngine::start, log(log));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[aqp] converter: could not start a warm converter (")
                && l.endsWith("); converting in the build's own JVM")), log.toString());
        assertTrue(converter instanceof uk.nhs.aqp.core.render.convert.EngineConverter, converter.getClass().getName());
    }

    @Test
    void a_converter_lost_half_way_leaves_the_rest_to_the_builds_own_engine() throws Exception {
        ownFolder();
        List<String> log = new ArrayList<>();
        Converter converter = WarmConverters.connect(folder, Duration.ofMinutes(2), AsciidoctorEngine::start, log(log));
        long pid = WarmConverters.process(folder).orElseThrow();
        started.add(pid);
        DocumentFormat html = DocumentFormat.of(false).get(0);
        try (ConversionAssets assets = ConversionAssets.write(project.resolve("target"), Map.of(), "nhs-theme.yml",
                "document.css")) {
            String warm = new String(converter.convert(html, "= A title\n\nSome text.\n", assets).bytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly();
            process.onExit().get(20, TimeUnit.SECONDS);
            String own = new String(converter.convert(html, "= A title\n\nSome text.\n", assets).bytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(warm, own);
            assertTrue(own.contains("Some text."), own);
        }
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[aqp] converter: lost the warm converter (process " + pid)
                && l.endsWith("converting the rest in the build's own JVM")), log.toString());
    }

    @Test
    void a_pdf_from_the_converter_is_the_pdf_of_the_builds_own_engine() throws Exception {
        ownFolder();
        Converter warm = WarmConverters.connect(folder, Duration.ofMinutes(2), AsciidoctorEngine::start, log(new ArrayList<>()));
        started.add(WarmConverters.process(folder).orElseThrow());
        DocumentFormat pdf = DocumentFormat.of(true).get(1);
        String asciidoc = "= A title\n\n== A section\n\nSome text, with a table.\n\n|===\n| A | B\n| 1 | 2\n|===\n";
        TemplateSet templates = TemplateSet.of(Optional.empty(), new ProjectPaths(project));
        try (ConversionAssets assets = ConversionAssets.write(project.resolve("target"),
                templates.assets(new uk.nhs.aqp.core.diagnostic.DiagnosticSink()), TemplateSet.THEME, TemplateSet.STYLESHEET);
                AsciidoctorEngine own = AsciidoctorEngine.start()) {
            byte[] fromConverter = warm.convert(pdf, asciidoc, assets).bytes();
            byte[] fromBuild = new uk.nhs.aqp.core.render.convert.EngineConverter(() -> own).convert(pdf, asciidoc, assets)
                    .bytes();
            assertTrue(fromConverter.length > 1000 && new String(fromConverter, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("%PDF-"), "a PDF");
            assertTrue(java.util.Arrays.equals(fromBuild, fromConverter),
                    "the cache holds documents from both: they must be the same bytes");
        }
    }

    @Test
    void an_idle_converter_stops_and_removes_its_file() throws Exception {
        long pid = startedFor(Duration.ofSeconds(2));
        assertTrue(stops(pid), "the idle converter did not stop");
        assertFalse(Files.exists(folder.resolve("converter.port")), "the stopped converter left its file");
    }

    @Test
    void a_converter_whose_file_is_removed_stops() throws Exception {
        long pid = startedFor(Duration.ofMinutes(2));
        Files.delete(folder.resolve("converter.port")); // as mvn clean does with the whole target folder
        assertTrue(stops(pid), "the converter outlived its file");
    }

    /** Starts a converter for {@code folder} that stops after {@code idle}; its process. */
    private long startedFor(Duration idle) throws IOException {
        ownFolder();
        WarmConverters.connect(folder, idle, AsciidoctorEngine::start, log(new ArrayList<>()));
        long pid = WarmConverters.process(folder).orElseThrow();
        started.add(pid);
        return pid;
    }

    /** Whether the process stops within 30 seconds. */
    private static boolean stops(long pid) {
        return ProcessHandle.of(pid).map(p -> {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        }).orElse(true);
    }

    /** Renders HTML into {@code out} in a new toolkit, with or without the warm converter; returns the log. */
    private List<String> render(String out, Optional<Duration> warm, boolean engineStarted) {
        List<String> lines = new ArrayList<>();
        RenderRequest request = new RenderRequest(project, project.resolve(out), Optional.of(project.resolve("templates")),
                false, Severity.ERROR, 2).withWarmConverter(warm.map(idle -> new RenderRequest.WarmConverter(folder, idle)));
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            RenderResult result = RenderFixture.render(toolkit, packs, request, log(lines));
            assertFalse(result.failed(), result.diagnostics().toString());
            assertEquals(14, result.converted());
            assertEquals(engineStarted, toolkit.engineStarted(), engineStarted
                    ? "converting in the build's own JVM starts its engine" : "the warm converter converted: " + lines);
        }
        return lines;
    }

    /** Starts a warm converter as another toolkit build would, and waits until it listens. */
    private Process startConverter(String identity) throws Exception {
        ownFolder();
        return startConverter(folder, identity);
    }

    /** Starts a warm converter for {@code in}, as another toolkit build would, and waits until it listens. */
    private Process startConverter(Path in, String identity) throws Exception {
        Files.createDirectories(in);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "uk.nhs.aqp.core.render.warm.WarmConverter", in.toString(),
                identity, "120").redirectErrorStream(true).redirectOutput(project.resolve("other.log").toFile()).start();
        started.add(p.pid());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!WarmConverters.process(in).equals(Optional.of(p.pid()))) {
            assertTrue(System.nanoTime() < deadline && p.isAlive(), "the other converter did not start: "
                    + Files.readString(project.resolve("other.log")));
            Thread.sleep(50);
        }
        return p;
    }

    /** The converter's folder as an earlier build left it: made by the toolkit, so it holds the toolkit's marker. */
    private void ownFolder() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(".aqp-output"), "made by the toolkit");
    }

    @Test
    void a_folder_the_toolkit_did_not_make_is_left_alone_and_the_build_converts_in_its_own_jvm() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        List<String> log = render("out", Optional.of(Duration.ofMinutes(2)), true);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[aqp] converter: refusing to use " + folder)
                && l.endsWith(" So the warm converter is not used: the documents are converted in the build's own JVM.")),
                log.toString());
        try (Stream<Path> all = Files.list(folder)) {
            assertEquals(List.of("notes.txt"), all.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static BuildLog log(List<String> lines) {
        return new BuildLog() {
            @Override public void info(String message) { lines.add(message); }
            @Override public void warn(String message) { lines.add(message); }
            @Override public void error(String message) { lines.add(message); }
        };
    }

    /** Every document under {@code out/docs}, by path, as text. */
    private Map<String, String> files(String out) throws IOException {
        Path docs = project.resolve(out).resolve("docs").toRealPath(); // a link to the current version
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(docs)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(docs.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
