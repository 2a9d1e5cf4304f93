package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.publish.Content;
import uk.nhs.aqp.core.publish.OutputGuard;
import uk.nhs.aqp.core.publish.Publisher;

/**
 * A fork replaces any template by a file of the same name in its templates/adoc/ folder. A broken
 * template is a template.* diagnostic at its file and line; an Asciidoctor warning names the
 * generated AsciiDoc and line and fails the build at failOn; a failed render leaves the previous
 * documents in place. HTML only: the PDF path is the same stage.
 */
@Tag("render")
class TemplateOverridesTest {

    @TempDir
    Path project;

    Path packs;
    Path templates;
    Path previous;

    @BeforeEach
    void fork() throws IOException {
        packs = RenderFixture.basePack(project.resolve("packs"));
        templates = Files.createDirectories(project.resolve("templates/adoc"));
        previous = project.resolve("target/aqp/docs/demo/previous.html");
        // the documents of a previous build, written as the toolkit writes them (into a folder it marks)
        new Publisher(OutputGuard.forProject(project, List.of()), BuildLog.silent()).replaceFolder(
                project.resolve("target/aqp/docs"), Map.of("demo/previous.html",
                        Content.of("previous build".getBytes(StandardCharsets.UTF_8))));
    }

    private RenderResult render(Severity failOn) {
        return RenderFixture.render(packs, new RenderRequest(project, project.resolve("target/aqp"),
                Optional.of(project.resolve("templates")), false, failOn, 2));
    }

    private List<String> formatted(RenderResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void a_same_named_template_in_the_fork_replaces_the_built_in_one() throws IOException {
        Files.writeString(templates.resolve("patient-choice.adoc.ftl"),
                "= Local choice sheet for ${pack.manifest.shortTitle}\n\nAsk the local booking team.\n");
        RenderResult result = render(Severity.ERROR);
        assertEquals(List.of(), result.diagnostics());
        String html = RenderFixture.read(project.resolve("target/aqp/docs/demo/patient-choice.html"));
        assertTrue(html.contains("Ask the local booking team."));
        assertTrue(RenderFixture.read(project.resolve("target/aqp/docs/demo/kpi-schedule.html"))
                .contains("Schedule of indicators"), "the other documents keep the built-in templates");
        assertFalse(Files.exists(previous), "a successful render replaces the documents folder");
    }

    @Test
    void a_template_syntax_error_names_the_template_file_and_line() throws IOException {
        Files.writeString(templates.resolve("kpi-schedule.adoc.ftl"), "= KPIs\n\n<#if pack.kpis?has_content>\nno end\n");
        RenderResult result = render(Severity.ERROR);
        assertEquals(1, result.diagnostics().size(), formatted(result).toString());
        String line = formatted(result).get(0);
        assertTrue(line.startsWith("templates/adoc/kpi-schedule.adoc.ftl:"), line);
        assertTrue(line.contains(": error: [template.syntax] template syntax error: "), line);
        assertFalse(line.contains("Exception"), line);
        assertTrue(result.failed());
        assertTrue(Files.exists(previous), "a failed render leaves the previous documents");
    }

    @Test
    void a_template_runtime_error_in_a_partial_names_the_partial_and_line() throws IOException {
        Files.writeString(templates.resolve("_patient-choice.ftl"), "Intro.\n\n${pack.manifest.noSuchField}\n");
        RenderResult result = render(Severity.ERROR);
        List<String> lines = formatted(result);
        assertEquals(List.of("templates/adoc/_patient-choice.ftl:3:3: error: [template.error] the template failed: "
                + "The following has evaluated to null or missing: ==> pack.manifest.noSuchField"), lines);
        assertTrue(Files.exists(previous));
    }

    @Test
    void an_asciidoctor_warning_names_the_generated_file_and_line_and_fails_at_failOn_warning() throws IOException {
        Files.writeString(templates.resolve("patient-choice.adoc.ftl"),
                "= Choosing\n\nSee <<nowhere,the other part>>.\n");
        RenderResult lenient = render(Severity.ERROR);
        assertEquals(List.of("target/aqp/adoc/demo/patient-choice.adoc:3:1: warning: [adoc.invalid-reference] "
                + "cross-reference to 'nowhere', which is not in this document"), formatted(lenient));
        assertTrue(lenient.published());

        Files.writeString(previous.getParent().resolve("previous.html"), "previous build");
        RenderResult strict = render(Severity.WARNING);
        assertTrue(strict.failed());
        assertFalse(strict.published());
        assertTrue(Files.exists(previous), "a failed render leaves the previous documents");
        assertTrue(Files.exists(project.resolve("target/aqp/adoc/demo/patient-choice.adoc")),
                "the generated AsciiDoc is kept so that the warning can be looked up");
    }
}
