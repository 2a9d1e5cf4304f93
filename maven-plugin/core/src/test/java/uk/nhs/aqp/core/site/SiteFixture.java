package uk.nhs.aqp.core.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.ValidateRequest;

/**
 * Projects and a stand-in NHS.UK frontend for the site tests, so they need no network: the
 * stand-in is a real gzipped tar, pinned by its own integrity value like the real package.
 */
final class SiteFixture {

    private SiteFixture() {
    }

    /**
     * A project with the small demo pack of the fixture cases and two local packs of it: one
     * clean, one whose national pack has moved on (drift).
     */
    static Path demoProject(Path dir) throws IOException {
        Path packs = dir.resolve("packs");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), packs);
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_adaptation_resolves_cleanly/packs"), packs);
        TestPaths.copyTree(TestPaths.casesFolder().getParent().resolve("site/packs"), packs);
        return dir;
    }

    /** A page of a built site, as text. */
    static String page(SiteRequest request, String path) throws IOException {
        return Files.readString(request.siteDirectory().resolve(path), StandardCharsets.UTF_8);
    }

    /** A request for a project, with the stand-in frontend and no documents or bundle. */
    static SiteRequest request(Path project, Path cache) throws IOException {
        return new SiteRequest(ValidateRequest.forProject(project), project.resolve("target/site"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), frontend(cache));
    }

    /** A stand-in for the nhsuk-frontend tarball, written into {@code cache} and pinned by its integrity. */
    static FrontendSource frontend(Path cache) throws IOException {
        byte[] tgz = tarball(standInFiles());
        NpmPackage pack = new NpmPackage("nhsuk-frontend", "0.0.0-test", FrontendAssets.integrityOf(tgz),
                java.net.URI.create("http://127.0.0.1:9/"));
        Files.createDirectories(cache);
        Files.write(cache.resolve(pack.tarballName()), tgz);
        return new FrontendSource(pack, cache, true);
    }

    static Map<String, byte[]> standInFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("package/package.json", bytes("{\"name\":\"nhsuk-frontend\"}"));
        files.put("package/README.md", bytes("not wanted"));
        files.put("package/dist/nhsuk/nhsuk-frontend.min.css",
                bytes(".nhsuk-icon{background:url(/assets/images/nhsuk-icon-arrow-up.svg)}"));
        files.put("package/dist/nhsuk/nhsuk-frontend.css", bytes("/* not wanted */"));
        files.put("package/dist/nhsuk/nhsuk-frontend.min.js", bytes("function initAll(){}const version=\"0\";export{initAll,version as v};"));
        for (String image : new String[] {"favicon.ico", "favicon.svg", "nhsuk-icon-180.png", "nhsuk-icon-arrow-up.svg"}) {
            files.put("package/dist/nhsuk/assets/images/" + image, bytes(image));
        }
        files.put("package/src/nhsuk/assets/images/favicon.ico", bytes("not wanted"));
        return files;
    }

    /** A gzipped ustar archive of the files. */
    static byte[] tarball(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                byte[] header = new byte[512];
                put(header, 0, e.getKey());
                put(header, 100, "0000644");
                put(header, 108, "0000000");
                put(header, 116, "0000000");
                put(header, 124, String.format("%011o", e.getValue().length));
                put(header, 136, "00000000000");
                header[156] = '0';
                put(header, 257, "ustar");
                put(header, 263, "00");
                for (int i = 148; i < 156; i++) header[i] = ' ';
                int sum = 0;
                for (byte b : header) sum += b & 0xff;
                put(header, 148, String.format("%06o", sum));
                header[154] = 0;
                gz.write(header);
                gz.write(e.getValue());
                gz.write(new byte[(512 - e.getValue().length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        }
        return raw.toByteArray();
    }

    private static void put(byte[] header, int at, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, at, b.length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
