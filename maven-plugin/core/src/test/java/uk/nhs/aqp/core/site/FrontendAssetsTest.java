package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/** The NHS.UK frontend is used only as the pinned integrity value allows, and only its compiled files. */
class FrontendAssetsTest {

    @TempDir
    Path cache;

    /** The stand-in registry's folder, which JUnit removes with the test (a sibling of cache was left behind). */
    @TempDir
    Path registryFolder;

    @Test
    void takes_only_the_compiled_css_js_and_images_and_makes_image_addresses_relative() throws IOException {
        Map<String, byte[]> files = FrontendAssets.load(SiteFixture.frontend(cache), BuildLog.silent());
        assertEquals(List.of("assets/nhsuk/images/favicon.ico", "assets/nhsuk/images/favicon.svg",
                "assets/nhsuk/images/nhsuk-icon-180.png", "assets/nhsuk/images/nhsuk-icon-arrow-up.svg",
                "assets/nhsuk/nhsuk-frontend.min.css", "assets/nhsuk/nhsuk-frontend.min.js", "assets/nhsuk/package.json"),
                List.copyOf(files.keySet()));
        assertEquals(".nhsuk-icon{background:url(images/nhsuk-icon-arrow-up.svg)}",
                new String(files.get(FrontendAssets.STYLESHEET), StandardCharsets.UTF_8));
    }

    @Test
    void a_cached_tarball_that_does_not_match_the_pinned_integrity_is_not_used() throws IOException {
        FrontendSource source = SiteFixture.frontend(cache);
        Path tarball = cache.resolve(source.pack().tarballName());
        byte[] tampered = Files.readAllBytes(tarball);
        tampered[tampered.length / 2] ^= 1;
        Files.write(tarball, tampered);
        ToolingException e = assertThrows(ToolingException.class, () -> FrontendAssets.load(source, BuildLog.silent()));
        assertTrue(e.getMessage().contains("is not in") && e.getMessage().contains("offline"), e.getMessage());
    }

    @Test
    void a_cached_tarball_that_is_a_link_out_of_the_cache_folder_is_not_read() throws IOException {
        FrontendSource source = SiteFixture.frontend(cache.resolve("npm"));
        Path tarball = cache.resolve("npm").resolve(source.pack().tarballName());
        Path elsewhere = Files.createDirectories(cache.resolve("elsewhere")).resolve("frontend.tgz");
        Files.move(tarball, elsewhere);
        try {
            Files.createSymbolicLink(tarball, elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
        // the linked file is the genuine tarball: only not following the link keeps it unused
        ToolingException e = assertThrows(ToolingException.class, () -> FrontendAssets.load(source, BuildLog.silent()));
        assertTrue(e.getMessage().contains("is not in") && e.getMessage().contains("offline"), e.getMessage());
    }

    @Test
    void a_download_that_does_not_match_the_pinned_integrity_is_refused() throws Exception {
        byte[] served = SiteFixture.tarball(SiteFixture.standInFiles());
        try (SiteServer registry = registryServing(served)) {
            NpmPackage pinned = new NpmPackage("nhsuk-frontend", "0.0.0-test",
                    "sha512-" + java.util.Base64.getEncoder().encodeToString(new byte[64]), registry.uri());
            FrontendSource source = new FrontendSource(pinned, cache, false);
            ToolingException e = assertThrows(ToolingException.class, () -> FrontendAssets.load(source, BuildLog.silent()));
            assertTrue(e.getMessage().contains("does not match the pinned integrity"), e.getMessage());
            assertTrue(Files.notExists(cache.resolve(pinned.tarballName())), "nothing cached");
        }
    }

    @Test
    void the_first_build_downloads_and_caches_and_the_next_needs_no_network() throws Exception {
        byte[] served = SiteFixture.tarball(SiteFixture.standInFiles());
        NpmPackage pinned;
        try (SiteServer registry = registryServing(served)) {
            pinned = new NpmPackage("nhsuk-frontend", "0.0.0-test", FrontendAssets.integrityOf(served), registry.uri());
            FrontendAssets.load(new FrontendSource(pinned, cache, false), BuildLog.silent());
        }
        assertArrayEquals(served, Files.readAllBytes(cache.resolve(pinned.tarballName())));
        Map<String, byte[]> again = FrontendAssets.load(new FrontendSource(pinned, cache, true), BuildLog.silent());
        assertTrue(again.containsKey(FrontendAssets.SCRIPT));
    }

    /** A stand-in npm registry: the site server over a folder laid out as the registry lays out tarballs. */
    private SiteServer registryServing(byte[] tarball) throws IOException {
        Path registry = Files.createDirectories(registryFolder.resolve("nhsuk-frontend/-"));
        Files.write(registry.resolve("nhsuk-frontend-0.0.0-test.tgz"), tarball);
        return SiteServer.start(registry.getParent().getParent(), 0, java.util.Optional.empty());
    }
}
