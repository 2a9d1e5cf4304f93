package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.source.FileKind;

/**
 * Tier 2: aqp:new scaffolds a national pack that validates as it stands, with its placeholders
 * warned about, and makes the pack folder itself or writes nothing.
 */
class NewPackScaffoldTest {

    private static final LocalDate CREATED = LocalDate.of(2013, 2, 1);

    private static Toolkit toolkit;

    @TempDir
    Path work;

    private Path project;

    @BeforeAll
    static void open() {
        toolkit = Toolkit.open(Optional.empty());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    @BeforeEach
    void project() throws IOException {
        project = work.resolve("project");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs/standard"), project.resolve("packs/standard"));
    }

    @Test
    void scaffolded_pack_validates_with_no_errors_and_warns_at_each_placeholder() {
        MaintenanceResult result = Toolkit.scaffoldPack(request("new-service"));
        assertFalse(result.refused(), result.report().toString());
        assertEquals("wrote packs/national/new-service/: pack.yaml, kpis.yaml, specification.yaml, currency.yaml,"
                + " qualification.yaml, patient-choice.yaml", result.report().get(0));

        ValidationResult validated = toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent());
        assertEquals(0, validated.count(Severity.ERROR), validated.diagnostics().toString());
        assertEquals(List.of("new-service"), validated.packs().stream().map(p -> p.id()).toList());
        assertEquals("draft", validated.packs().get(0).manifest().status().toString().toLowerCase());
        List<Diagnostic> warnings = validated.diagnostics();
        assertTrue(warnings.size() > 20, "a placeholder warning for each unknown value: " + warnings);
        assertTrue(warnings.stream().allMatch(d -> d.ruleId().equals("pack.placeholder")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(d -> d.file().equals("packs/national/new-service/pack.yaml")
                && d.pointer().equals("/title")), warnings.toString());
        for (FileKind kind : FileKind.packFiles()) {
            assertTrue(warnings.stream().anyMatch(d -> d.file().endsWith("/" + kind.fileName())),
                    kind + " has a placeholder");
        }
    }

    @Test
    void each_file_names_its_schema_for_editors_and_uses_ids_of_the_pack() throws IOException {
        Toolkit.scaffoldPack(request("new-service"));
        for (FileKind kind : FileKind.packFiles()) {
            Path file = project.resolve("packs/national/new-service").resolve(kind.fileName());
            String first = Files.readAllLines(file).get(0);
            assertEquals("# yaml-language-server: $schema=../../../schema/" + kind.schemaName(), first);
            assertTrue(Files.isRegularFile(TestPaths.repositoryRoot().resolve("schema").resolve(kind.schemaName())));
        }
        String kpis = Files.readString(project.resolve("packs/national/new-service/kpis.yaml"));
        assertTrue(kpis.contains("  - id: NS-KPI-01\n"), kpis);
        assertTrue(kpis.contains("# consequence:"), "commented examples of optional fields");
    }

    @Test
    void refuses_a_folder_that_exists_and_writes_nothing() throws IOException {
        Path folder = Files.createDirectories(project.resolve("packs/national/new-service"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        MaintenanceResult result = Toolkit.scaffoldPack(request("new-service"));
        assertTrue(result.refused());
        assertEquals(List.of("packs/national/new-service already exists; aqp:new only makes a new pack folder and"
                + " never writes into one it did not make, so nothing was written. Choose another pack id, or move"
                + " that folder away yourself"), result.report());
        assertEquals(List.of(folder.resolve("notes.txt")), list(folder));
    }

    @Test
    void refuses_an_empty_folder_too() throws IOException {
        Path folder = Files.createDirectories(project.resolve("packs/national/new-service"));
        assertTrue(Toolkit.scaffoldPack(request("new-service")).refused());
        assertEquals(List.of(), list(folder));
    }

    @Test
    void refuses_to_write_through_a_link_and_writes_nothing() throws IOException {
        Path outside = Files.createDirectories(work.resolve("elsewhere"));
        link(project.resolve("packs/national"), outside);
        MaintenanceResult result = Toolkit.scaffoldPack(request("new-service"));
        assertTrue(result.refused());
        assertTrue(result.report().get(0).contains("packs/national is a link"), result.report().toString());
        assertEquals(List.of(), list(outside));
    }

    @Test
    void a_pack_id_that_is_not_a_folder_name_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> request("../escape"));
        assertThrows(IllegalArgumentException.class, () -> request("New Service"));
    }

    private NewPackRequest request(String id) {
        return new NewPackRequest(project, project.resolve("packs"), id, CREATED);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }
}
