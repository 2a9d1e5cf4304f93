package uk.nhs.aqp.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import uk.nhs.aqp.core.site.SiteServer;

/**
 * Headless Chromium on the site that {@code aqp:site} built in this module, served over HTTP on
 * localhost by the toolkit's own server. Without Chromium and ChromeDriver the tests are skipped
 * ({@link NeedsChromium}) with a message saying how to install them.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final SiteServer server;
    private final Path profile;

    private Browser(WebDriver driver, SiteServer server, Path profile) {
        this.driver = driver;
        this.server = server;
        this.profile = profile;
    }

    /** Why the browser tests cannot run here, or empty if Chromium and ChromeDriver are installed. */
    static Optional<String> missing() {
        Path driverBinary = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getProperty("aqp.chromium", "/usr/bin/chromium"));
        if (Files.isExecutable(driverBinary) && Files.isExecutable(chromium)) {
            return Optional.empty();
        }
        return Optional.of("Browser tests SKIPPED: no " + (Files.isExecutable(chromium) ? driverBinary : chromium)
                + ". Install them with: apt-get install -y chromium chromium-driver");
    }

    /** Starts a browser, with JavaScript on or off, on the built site; null when Chromium is missing (the tests are then skipped). */
    static Browser open(boolean javascript) throws IOException {
        Path site = siteFolder();
        if (missing().isEmpty() && !Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("no site in " + site + ": the browser tests run after aqp:site (mvn verify)");
        }
        return open(javascript, site);
    }

    /** The folder {@code aqp:site} built (or {@code -Daqp.site.dir}). */
    static Path siteFolder() {
        return Path.of(System.getProperty("aqp.site.dir", "target/site")).toAbsolutePath().normalize();
    }

    /** Opens a page of the built site from disk, as {@code file://}, the way a person double-clicks it. */
    void openFromDisk(String path) {
        driver.get(siteFolder().toUri().resolve(path).toString());
    }

    /** Starts a browser on the site in {@code site}; null when Chromium is missing. */
    static Browser open(boolean javascript, Path site) throws IOException {
        if (missing().isPresent()) {
            return null;
        }
        Path driverBinary = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getProperty("aqp.chromium", "/usr/bin/chromium"));
        System.setProperty("webdriver.chrome.driver", driverBinary.toString());
        // The browser profile lives in this module's build folder and goes when the browser closes.
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--hide-scrollbars", "--window-size=1280,1024",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        SiteServer server = SiteServer.start(site, 0, Optional.empty());
        try {
            return new Browser(new ChromeDriver(options), server, profile);
        } catch (RuntimeException e) {
            server.close();
            deleteProfile(profile);
            throw e;
        }
    }

    /** Opens a page by its path from the site root. */
    void open(String path) {
        driver.get(url(path));
    }

    String url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + "/").resolve(path).toString();
    }

    static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("aqp.screenshots", "target/screenshots")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
            deleteProfile(profile);
        }
    }

    /** Removes the browser profile folder this class created (and only that). */
    private static void deleteProfile(Path profile) {
        try (var files = Files.walk(profile)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            System.err.println("Could not remove the browser profile " + profile + ": " + e.getMessage());
        }
    }
}
