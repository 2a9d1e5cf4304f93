package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 2: aqp:adapt and aqp:rebase write a commissioner's files only where they really are. A
 * link as the file, or as any folder between the project and it, is named, and nothing is
 * written, wherever the link leads (outside the project or inside it).
 */
class MaintenanceNeverWritesThroughLinksTest {

    /** An adaptation a version behind its national pack: rebase would move base.version. */
    private static final String BEHIND = "base:\n  pack: demo\n  version: 1.0.0  # reviewed\nchanges: []\n";

    private static Toolkit toolkit;

    @TempDir
    Path work;

    private Path project;
    private Path outside;
    private ValidateRequest validate;

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
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_unchanged_adoption_is_valid/packs"),
                project.resolve("packs"));
        outside = Files.createDirectories(work.resolve("beyond-q9z"));
        validate = ValidateRequest.forProject(project);
    }

    @Test
    void adapt_refuses_a_commissioner_folder_linked_outside_and_writes_nothing() throws IOException {
        link(project.resolve("packs/local/new-ccg"), outside);
        MaintenanceResult result = adapt("new-ccg");
        assertTrue(result.refused());
        assertEquals(List.of("packs/local/new-ccg/demo/adaptation.yaml: nothing written: packs/local/new-ccg is a link,"
                + " and aqp:adapt never writes through a link (wherever it leads); replace the link with the folder or"
                + " file itself, or run the goal where the files really are"), result.report());
        assertEmpty(outside);
    }

    @Test
    void adapt_refuses_a_local_folder_linked_inside_the_project_and_writes_nothing() throws IOException {
        Path local = project.resolve("packs/local");
        Path moved = project.resolve("kept/local");
        TestPaths.copyTree(local, moved);
        TestPaths.deleteTree(local);
        link(local, Path.of("../kept/local"));
        MaintenanceResult result = adapt("new-ccg");
        assertTrue(result.refused());
        assertTrue(result.report().get(0).contains("packs/local is a link"), result.report().toString());
        assertFalse(Files.exists(moved.resolve("new-ccg")), "nothing written behind the link");
    }

    @Test
    void adapt_refuses_an_adaptation_file_that_is_a_dangling_link() throws IOException {
        Path file = project.resolve("packs/local/test-ccg/demo/adaptation.yaml");
        Files.delete(file);
        link(file, outside.resolve("made-by-adapt.yaml"));
        MaintenanceResult result = adapt("test-ccg");
        assertTrue(result.refused());
        assertTrue(result.report().get(0).contains("packs/local/test-ccg/demo/adaptation.yaml is a link"),
                result.report().toString());
        assertEmpty(outside);
    }

    @Test
    void rebase_refuses_an_adaptation_that_is_a_link_and_leaves_its_target_alone() throws IOException {
        Path real = project.resolve("kept/adaptation.yaml");
        Files.createDirectories(real.getParent());
        Files.writeString(real, BEHIND);
        Path file = project.resolve("packs/local/test-ccg/demo/adaptation.yaml");
        Files.delete(file);
        link(file, Path.of("../../../../kept/adaptation.yaml"));
        MaintenanceResult result = rebase();
        assertTrue(result.refused());
        assertEquals(List.of("packs/local/test-ccg/demo/adaptation.yaml: not rebased: packs/local/test-ccg/demo/"
                + "adaptation.yaml is a link, and aqp:rebase never writes through a link (wherever it leads); replace"
                + " the link with the folder or file itself, or run the goal where the files really are"), result.report());
        assertEquals(BEHIND, Files.readString(real));
    }

    @Test
    void rebase_refuses_a_commissioner_folder_that_is_a_link_and_leaves_it_alone() throws IOException {
        Path commissioner = project.resolve("packs/local/test-ccg");
        Path real = outside.resolve("test-ccg");
        TestPaths.copyTree(commissioner, real);
        Files.writeString(real.resolve("demo/adaptation.yaml"), BEHIND);
        TestPaths.deleteTree(commissioner);
        link(commissioner, real);
        MaintenanceResult result = rebase();
        assertTrue(result.refused());
        assertTrue(result.report().get(0).startsWith("packs/local/test-ccg: not rebased: packs/local/test-ccg is a link"),
                result.report().toString());
        assertEquals(BEHIND, Files.readString(real.resolve("demo/adaptation.yaml")));
    }

    @Test
    void rebase_writes_the_same_adaptation_when_it_is_no_link() throws IOException {
        Path file = project.resolve("packs/local/test-ccg/demo/adaptation.yaml");
        Files.writeString(file, BEHIND);
        MaintenanceResult result = rebase();
        assertFalse(result.refused(), result.report().toString());
        assertEquals(BEHIND.replace("1.0.0", "1.1.0"), Files.readString(file));
    }

    private MaintenanceResult adapt(String commissioner) {
        return toolkit.scaffoldAdaptation(new AdaptRequest(validate, Optional.of(commissioner), Optional.of("demo")),
                BuildLog.silent());
    }

    private MaintenanceResult rebase() {
        return toolkit.rebase(new AdaptRequest(validate, Optional.empty(), Optional.empty()), BuildLog.silent());
    }

    private static void assertEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(List.of(), s.toList(), "nothing written behind the link");
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
