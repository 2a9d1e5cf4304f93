package uk.nhs.aqp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site in a real browser, as a visitor meets it: no WCAG 2.2 A or AA violation on any
 * kind of page, search that finds things, a visible keyboard focus, no sideways scrolling on a
 * 375-pixel phone, and screenshots for a person to look at.
 */
@ExtendWith(NeedsChromium.class)
class SiteInBrowserTest {

    /** One page of every kind. */
    static final Map<String, String> PAGE_KINDS = new LinkedHashMap<>();

    static {
        PAGE_KINDS.put("home", "index.html");
        PAGE_KINDS.put("national pack", "packs/adult-hearing/");
        PAGE_KINDS.put("local pack", "local/calderdale-ccg/adult-hearing/");
        PAGE_KINDS.put("joint arrangement member's local pack", "local/st-helens-ccg/msk-back-neck-pain/");
        PAGE_KINDS.put("AQP map", "adoption/");
        PAGE_KINDS.put("commissioner", "commissioners/example-coast-cluster/");
        PAGE_KINDS.put("choice directory", "choose/calderdale-ccg/adult-hearing/");
        PAGE_KINDS.put("local versions compared", "compare/adult-hearing/");
        PAGE_KINDS.put("SHA return", "returns/example-sha/");
        PAGE_KINDS.put("rules", "rules/");
        PAGE_KINDS.put("quality report", "quality/");
        PAGE_KINDS.put("one commissioner's problems", "quality/commissioners/calderdale-ccg/");
        PAGE_KINDS.put("search results", "search/?q=hearing");
        PAGE_KINDS.put("not found", "no/such/page.html");
    }

    private static Browser browser;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.open(true);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }

    @Test
    void every_kind_of_page_has_no_wcag_2_2_a_or_aa_violation_nor_best_practice_one() {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> kind : PAGE_KINDS.entrySet()) {
            browser.open(kind.getValue());
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                    .analyze(browser.driver);
            for (Rule rule : results.getViolations()) {
                violations.add(kind.getKey() + " (" + kind.getValue() + "): " + rule.getId() + " " + rule.getImpact()
                        + " at " + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
            assertTrue(results.getPasses().size() > 10, "axe ran on " + kind.getValue());
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void search_finds_tariffs_by_name_and_price_and_local_variations_saying_which_pack() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("tariff hearing", "Tariff");
        expected.put("525", "Tariff");
        expected.put("interpreter", "Patient choice");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> q : expected.entrySet()) {
            browser.open("search/index.html?q=" + java.net.URLEncoder.encode(q.getKey(), java.nio.charset.StandardCharsets.UTF_8));
            List<String> kinds = browser.driver.findElements(By.cssSelector("#search-results .aqp-result__kind")).stream()
                    .map(WebElement::getText).toList();
            if (!kinds.contains(q.getValue())) {
                missing.add("'" + q.getKey() + "' found no " + q.getValue() + " (found " + kinds + ")");
            }
        }
        browser.open("search/index.html?q=525");
        List<String> titles = browser.driver.findElements(By.cssSelector("#search-results a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Adult hearing") && t.endsWith("£525.00")), titles.toString());
        assertEquals(List.of(), missing);
    }

    @Test
    void search_from_the_header_finds_a_kpi_and_the_page_narrows_as_you_type() {
        browser.open("index.html");
        WebElement field = browser.driver.findElement(By.id("search-field"));
        field.sendKeys("bilateral fitting", Keys.ENTER);
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().contains("search/index.html?q=bilateral"));
        List<WebElement> results = browser.driver.findElements(By.cssSelector("#search-results a"));
        assertFalse(results.isEmpty(), "results for 'bilateral fitting'");
        assertEquals("Bilateral fitting where both ears have aidable loss", results.get(0).getText());
        assertTrue(results.get(0).getAttribute("href").endsWith("/packs/adult-hearing/index.html#kpi-AH-KPI-03"));
        assertFalse(browser.driver.findElement(By.id("a-z")).isDisplayed(), "results replace the A to Z");
        assertTrue(browser.driver.findElement(By.id("search-status")).getText().contains("for “bilateral fitting”"));

        WebElement input = browser.driver.findElement(By.id("search-query"));
        input.clear();
        input.sendKeys("calderdale");
        List<String> titles = browser.driver.findElements(By.cssSelector("#search-results a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(titles.contains("NHS Calderdale CCG"), titles.toString());
        assertTrue(titles.contains("Adult hearing services: NHS Calderdale CCG"), titles.toString());

        results.clear();
        browser.driver.findElements(By.cssSelector("#search-results a")).get(0).click();
        assertTrue(browser.driver.getCurrentUrl().contains("calderdale"), browser.driver.getCurrentUrl());
    }

    @Test
    void keyboard_focus_is_visible_on_every_stop_of_the_first_screen() {
        browser.open("packs/adult-hearing/");
        js().executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        List<String> invisible = new ArrayList<>();
        for (int stop = 0; stop < 12; stop++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            String focused = (String) js().executeScript(STYLE, true);
            String unfocused = (String) js().executeScript(STYLE, false);
            String what = (String) js().executeScript("var e = document.activeElement; return e.tagName + ' '"
                    + " + (e.textContent || e.getAttribute('aria-label') || '').trim().substring(0, 40)");
            if (Objects.equals(focused, unfocused)) {
                invisible.add(what + " looks the same focused and unfocused: " + focused);
            }
        }
        assertEquals(List.of(), invisible);
    }

    /** The look of the focused element, then (argument false) of the same element after blur. */
    private static final String STYLE = """
            var e = window.__aqpFocused || document.activeElement;
            if (arguments[0]) { window.__aqpFocused = e; } else { e.blur(); }
            var s = getComputedStyle(e);
            var look = [s.outlineStyle, s.outlineColor, s.outlineWidth, s.boxShadow, s.backgroundColor, s.color,
                s.textDecorationLine, s.textDecorationThickness].join(' | ');
            if (!arguments[0]) { e.focus(); window.__aqpFocused = null; }
            return look;
            """;

    @Test
    void no_page_scrolls_sideways_on_a_375_pixel_wide_phone() {
        Dimension before = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(375, 812));
        try {
            List<String> wide = new ArrayList<>();
            for (Map.Entry<String, String> kind : PAGE_KINDS.entrySet()) {
                browser.open(kind.getValue());
                long viewport = (Long) js().executeScript("return document.documentElement.clientWidth");
                long content = (Long) js().executeScript("return document.documentElement.scrollWidth");
                assertTrue(viewport <= 400, "the window really is phone-sized: " + viewport);
                if (content > viewport) {
                    wide.add(kind.getKey() + ": content " + content + " px in a " + viewport + " px viewport");
                }
            }
            assertEquals(List.of(), wide);
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }

    @Test
    void screenshots_of_home_a_pack_and_a_local_pack_are_written_for_review() throws IOException {
        Map<String, String> shots = new LinkedHashMap<>();
        shots.put("home", "index.html");
        shots.put("pack", "packs/adult-hearing/");
        shots.put("local", "local/calderdale-ccg/adult-hearing/");
        shots.put("adoption", "adoption/");
        shots.put("commissioner", "commissioners/example-coast-cluster/");
        shots.put("choose", "choose/calderdale-ccg/adult-hearing/");
        shots.put("compare", "compare/diagnostics-direct-access/");
        shots.put("sha-return", "returns/example-sha/");
        shots.put("pack-kpis", "packs/adult-hearing/#kpis");
        shots.put("search", "search/?q=ultrasound");
        Dimension before = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new Dimension(1280, 2200));
            for (Map.Entry<String, String> shot : shots.entrySet()) {
                browser.open(shot.getValue());
                if (!shot.getValue().contains("#")) js().executeScript("window.scrollTo(0, 0)");
                byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
                Files.write(Browser.screenshots().resolve(shot.getKey() + ".png"), png);
                assertTrue(png.length > 10_000, shot.getKey());
            }
            browser.driver.manage().window().setSize(new Dimension(375, 1600));
            browser.open("local/calderdale-ccg/adult-hearing/");
            Files.write(Browser.screenshots().resolve("local-375px.png"),
                    ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
            browser.open("compare/diagnostics-direct-access/");
            Files.write(Browser.screenshots().resolve("compare-375px.png"),
                    ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
            browser.open("choose/calderdale-ccg/adult-hearing/");
            Files.write(Browser.screenshots().resolve("choose-375px.png"),
                    ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }
}
