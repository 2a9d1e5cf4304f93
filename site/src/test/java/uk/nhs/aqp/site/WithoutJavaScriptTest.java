package uk.nhs.aqp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** With JavaScript off, the site still works: navigation, and search offers the full A to Z list. */
@ExtendWith(NeedsChromium.class)
class WithoutJavaScriptTest {

    private static Browser browser;

    @BeforeAll
    static void open() throws IOException {
        browser = Browser.open(false);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
    }

    @Test
    void search_without_javascript_offers_every_pack_a_to_z() {
        browser.open("index.html");
        browser.driver.findElement(By.id("search-field")).sendKeys("hearing", Keys.ENTER);
        assertTrue(browser.driver.getCurrentUrl().contains("search/index.html?q=hearing"));
        assertFalse(browser.driver.findElement(By.id("search-results")).isDisplayed());
        WebElement az = browser.driver.findElement(By.id("a-z"));
        assertTrue(az.isDisplayed());
        List<String> entries = az.findElements(By.cssSelector("li a")).stream().map(WebElement::getText).toList();
        assertTrue(entries.contains("Adult hearing services"), entries.toString());
        assertTrue(entries.contains("Wheelchair services"), entries.toString());
        assertTrue(entries.contains("NHS Calderdale CCG"), entries.toString());
        az.findElement(By.linkText("Podiatry")).click();
        assertEquals("Podiatry", browser.driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void the_header_navigation_and_the_aqp_map_work_without_javascript() {
        browser.open("index.html");
        browser.driver.findElement(By.linkText("AQP map")).click();
        assertTrue(browser.driver.getCurrentUrl().endsWith("/adoption/index.html"));
        WebElement cell = browser.driver.findElement(By.cssSelector("a[href='../local/nottingham-city-pct/msk-back-neck-pain/index.html']"));
        cell.click();
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("Back and neck pain"));
        assertTrue(browser.driver.getPageSource().contains("NHS Nottingham City PCT adopted the national pack unchanged."));
    }

    @Test
    void the_comparison_and_the_sha_return_are_reached_and_read_without_javascript() {
        browser.open("packs/adult-hearing/");
        browser.driver.findElement(By.id("compare-local-versions")).click();
        assertTrue(browser.driver.getCurrentUrl().endsWith("/compare/adult-hearing/index.html"));
        assertTrue(browser.driver.findElement(By.id("table-price")).getText().startsWith("Prices"), "a captioned table");
        // a figure's versions that differ are under a summary that opens without JavaScript
        WebElement differs = browser.driver.findElement(By.cssSelector("details[id^='differs-']"));
        WebElement list = differs.findElement(By.tagName("ul"));
        if (differs.getAttribute("open") == null) {
            assertFalse(list.isDisplayed(), "a long list starts folded");
            differs.findElement(By.tagName("summary")).click();
        }
        assertTrue(list.isDisplayed(), "the versions that differ can be read");
        browser.open("commissioners/example-sha/");
        browser.driver.findElement(By.cssSelector("#sha-return a")).click();
        assertTrue(browser.driver.getCurrentUrl().endsWith("/returns/example-sha/index.html"));
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().startsWith("Return of Example Strategic"));
        assertTrue(browser.driver.getPageSource().contains("has no service chosen, planned or offered"),
                "the rule a cluster breaks, in words");
    }

    @Test
    void a_patient_reaches_the_choice_directory_and_reads_it_on_a_375_pixel_phone_without_javascript() {
        browser.open("commissioners/calderdale-ccg/");
        browser.driver.findElement(By.cssSelector("#choose + ul a[href$='choose/calderdale-ccg/adult-hearing/index.html']"))
                .click();
        assertTrue(browser.driver.getCurrentUrl().endsWith("/choose/calderdale-ccg/adult-hearing/index.html"));
        assertTrue(browser.driver.findElement(By.tagName("h1")).getText().startsWith("Choose where to go"));
        assertTrue(browser.driver.findElement(By.id("provider-kestrel-hearing")).isDisplayed(), "the qualified provider");
        assertTrue(browser.driver.findElements(By.id("provider-moorside-audiology")).isEmpty(), "not qualified: not listed");
        assertTrue(browser.driver.findElement(By.cssSelector("#leaflet a[href$='choice-leaflet.pdf']")).isDisplayed(),
                "the leaflet the documents stage made");
        WebElement table = browser.driver.findElement(By.cssSelector("[role='region'][aria-labelledby='compare-table']"));
        assertEquals("0", table.getAttribute("tabindex"), "the side-by-side table can be scrolled from the keyboard");
        org.openqa.selenium.Dimension before = browser.driver.manage().window().getSize();
        try {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 1200));
            browser.open("choose/calderdale-ccg/adult-hearing/");
            var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
            long content = (Long) js.executeScript("return document.documentElement.scrollWidth");
            long window = (Long) js.executeScript("return document.documentElement.clientWidth");
            assertTrue(content <= window, "the page does not scroll sideways at 375 px: " + content + " > " + window);
        } finally {
            browser.driver.manage().window().setSize(before);
        }
    }
}
