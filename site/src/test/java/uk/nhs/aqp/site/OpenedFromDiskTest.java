package uk.nhs.aqp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/**
 * The site opened the way the build says, from disk ({@code file://}), at 375 px: the NHS.UK
 * frontend's script runs (browsers refuse module scripts on file pages, which once left the header
 * menu cut off), every header menu item is reachable, and links lead to pages, not folder listings.
 */
@ExtendWith(NeedsChromium.class)
class OpenedFromDiskTest {

    private static final List<String> PAGES = List.of("index.html", "packs/adult-hearing/index.html",
            "local/calderdale-ccg/adult-hearing/index.html", "adoption/index.html");

    private static Browser browser;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.open(true);
        if (browser != null) {
            browser.driver.manage().window().setSize(new Dimension(375, 812));
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser.driver).executeScript(script);
    }

    @Test
    void the_frontend_script_runs_from_disk_and_no_header_menu_item_is_cut_off_at_375_pixels() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            browser.openFromDisk(page);
            assertTrue(browser.driver.getCurrentUrl().startsWith("file:"), browser.driver.getCurrentUrl());
            if (!Boolean.TRUE.equals(js("return document.querySelector('[data-module=nhsuk-header]')"
                    + ".hasAttribute('data-nhsuk-header-init')"))) {
                problems.add(page + ": the NHS.UK header script did not run");
            }
            // each menu item is either inside the window or folded into the "More" menu (hidden until opened)
            Object cut = js("""
                    const width = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('.nhsuk-header__navigation-item')]
                      .filter(li => li.offsetParent !== null && !li.closest('.nhsuk-header__menu-list'))
                      .filter(li => li.getBoundingClientRect().right > width + 0.5)
                      .map(li => li.textContent.trim());""");
            if (!((List<?>) cut).isEmpty()) {
                problems.add(page + ": menu items cut off at the window's edge: " + cut);
            }
        }
        browser.openFromDisk("index.html");
        Files.write(Browser.screenshots().resolve("from-disk-375px.png"),
                ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        assertEquals(List.of(), problems);
    }

    @Test
    void the_header_links_lead_to_pages_from_disk() {
        browser.openFromDisk("index.html");
        List<String> links = new ArrayList<>();
        for (WebElement a : browser.driver.findElements(By.cssSelector("a.nhsuk-header__navigation-link[href]"))) {
            links.add(a.getAttribute("href"));
        }
        assertTrue(links.size() >= 3, "the header has its menu: " + links);
        List<String> notPages = new ArrayList<>();
        for (String href : links) {
            browser.driver.get(href);
            String url = browser.driver.getCurrentUrl();
            if (!url.contains(".html") || browser.driver.findElements(By.cssSelector("main")).isEmpty()) {
                notPages.add(href + " -> " + url);
            }
        }
        assertEquals(List.of(), notPages);
    }
}
