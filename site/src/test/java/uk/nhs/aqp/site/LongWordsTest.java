package uk.nhs.aqp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.render.RenderRequest;
import uk.nhs.aqp.core.render.RenderResult;
import uk.nhs.aqp.core.site.SiteRequest;
import uk.nhs.aqp.core.site.SiteResult;

/**
 * A word of 1,200 characters in a pack (a summary paragraph, a KPI's definition and numerator,
 * an exclusion; the last two are in tables), and a title and short title that are one word as
 * long as the schema allows, wrap: neither the pack's pages nor its HTML documents scroll
 * sideways on a 375-pixel phone, nor on a desktop screen. A screenshot of the first table row
 * with the word, on the phone, is written to {@code target/screenshots/long-word-375px.png}. The pack is a copy of a real national pack, with the word
 * added, built with the repository's templates into a site of its own (HTML documents only).
 */
@ExtendWith(NeedsChromium.class)
class LongWordsTest {

    static final String WORD = "Longword".repeat(150);
    static final String PACK = "adult-hearing";

    private static Browser browser;

    @BeforeAll
    static void build() throws IOException {
        if (Browser.missing().isPresent()) {
            return;
        }
        Path repository = Path.of(System.getProperty("aqp.repository", "..")).toAbsolutePath().normalize();
        // in the module's target folder, not the system's temporary one: nothing is left behind outside the project
        Path project = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "long-words-");
        copy(repository.resolve("packs/standard"), project.resolve("packs/standard"));
        copy(repository.resolve("packs/national/" + PACK), project.resolve("packs/national/" + PACK));
        Path manifest = project.resolve("packs/national/" + PACK + "/pack.yaml");
        insertWord(manifest, "summary:\n  - >-\n    ");
        // the longest the schema allows: a title of 200 characters, a short title of 60
        Files.writeString(manifest, Files.readString(manifest)
                .replaceFirst("(?m)^title: .*$", "title: " + WORD.substring(0, 200))
                .replaceFirst("(?m)^shortTitle: .*$", "shortTitle: " + WORD.substring(0, 60)));
        insertWord(project.resolve("packs/national/" + PACK + "/kpis.yaml"), "    definition: >-\n      ");
        insertWord(project.resolve("packs/national/" + PACK + "/kpis.yaml"), "    numerator: >-\n      ");
        insertWord(project.resolve("packs/national/" + PACK + "/specification.yaml"), "      criterion: >-\n        ");

        Optional<Path> templates = Optional.of(repository.resolve("templates"));
        Path cache = Path.of(System.getProperty("aqp.frontendCache",
                System.getProperty("user.home") + "/.cache/aqp-toolkit/npm"));
        SiteRequest site = SiteRequest.forProject(project, cache).withTemplates(templates);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidationResult validation = toolkit.validate(site.validation(), BuildLog.silent());
            assertFalse(validation.failed(), validation.diagnostics().toString());
            RenderResult documents = toolkit.render(RenderRequest.forProject(project).withTemplates(templates)
                    .withPdf(false), validation, BuildLog.silent());
            assertFalse(documents.failed(), documents.diagnostics().toString());
            SiteResult result = toolkit.site(site, validation, BuildLog.silent());
            assertFalse(result.failed(), result.diagnostics().toString());
        }
        browser = Browser.open(true, site.siteDirectory());
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Puts the long word at the start of the first text that follows {@code before}. */
    private static void insertWord(Path file, String before) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(before);
        assertTrue(at >= 0, file + " has " + before.strip());
        Files.writeString(file, text.substring(0, at + before.length()) + WORD + " " + text.substring(at + before.length()));
    }

    @Test
    void a_1200_character_word_wraps_on_a_375_pixel_phone_in_pages_and_documents() throws IOException {
        assertNothingScrollsSideways(375);
        Dimension before = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new Dimension(375, 1200));
            browser.open("packs/" + PACK + "/");
            ((JavascriptExecutor) browser.driver).executeScript("var word = arguments[0], cells = Array.from(document.querySelectorAll('td'))"
                    + ".filter(function (c) { return c.textContent.indexOf(word) >= 0 });"
                    + "if (cells.length) cells[0].closest('tr').scrollIntoView()", WORD.substring(0, 100));
            Files.write(Browser.screenshots().resolve("long-word-375px.png"),
                    ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    @Test
    void a_1200_character_word_does_not_widen_the_page_on_a_desktop_screen_either() {
        assertNothingScrollsSideways(1280);
    }

    private static void assertNothingScrollsSideways(int width) {
        List<String> pages = new ArrayList<>(List.of("index.html", "packs/" + PACK + "/", "search/?q=longword"));
        for (String document : List.of("implementation-pack", "service-specification", "kpi-schedule")) {
            pages.add("docs/" + PACK + "/" + document + ".html");
        }
        Dimension before = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(width, 900));
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            List<String> wide = new ArrayList<>();
            for (String page : pages) {
                browser.open(page);
                if (page.startsWith("packs/") || page.startsWith("docs/")) {
                    assertTrue(browser.driver.getPageSource().contains(WORD), page + " shows the word");
                }
                long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
                long content = (Long) js.executeScript("return document.documentElement.scrollWidth");
                assertTrue(viewport <= width && viewport > width - 40, "the window is " + width + " px wide: " + viewport);
                if (content > viewport) {
                    wide.add(page + ": content " + content + " px in a " + viewport + " px viewport; widest: "
                            + js.executeScript(WIDEST));
                }
            }
            assertEquals(List.of(), wide);
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    /** The element that sticks out furthest to the right, to say what to fix. */
    private static final String WIDEST = """
            var worst = null, right = document.documentElement.clientWidth;
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect().right;
              if (r > right) { right = r; worst = e; }
            });
            return worst ? worst.tagName + '.' + worst.className + ' right edge ' + Math.round(right) + ' px' : 'none';
            """;
}
