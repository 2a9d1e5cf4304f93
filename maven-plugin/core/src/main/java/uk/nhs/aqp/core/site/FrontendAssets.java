package uk.nhs.aqp.core.site;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.publish.AtomicFile;

/**
 * The compiled CSS, JavaScript and images of the NHS.UK frontend, taken from its npm tarball and
 * checked against the pinned integrity value before anything is used. The verified tarball is
 * kept in a cache folder, so only the first build needs the network. Only these files are taken,
 * under {@code assets/nhsuk/}; the stylesheet's root-relative image addresses are made relative so
 * the site works from any path, and the script, an ES module in the package, becomes a classic
 * script ({@link ClassicScript}) so it also runs when the site is opened from disk.
 */
public final class FrontendAssets {

    /** Where the assets go in the site. */
    public static final String FOLDER = "assets/nhsuk/";
    public static final String STYLESHEET = FOLDER + "nhsuk-frontend.min.css";
    public static final String SCRIPT = FOLDER + "nhsuk-frontend.min.js";

    private static final String DIST = "package/dist/nhsuk/";
    private static final String IMAGES = DIST + "assets/images/";

    private FrontendAssets() {
    }

    /** The site files (path under the site root to content) of the pinned package. */
    public static Map<String, byte[]> load(FrontendSource source, BuildLog log) {
        byte[] tarball = verifiedTarball(source, log);
        Map<String, byte[]> entries;
        try {
            entries = Tarball.files(tarball, name -> name.equals(DIST + "nhsuk-frontend.min.css")
                    || name.equals(DIST + "nhsuk-frontend.min.js")
                    || name.equals("package/package.json")
                    || (name.startsWith(IMAGES) && name.indexOf('/', IMAGES.length()) < 0));
        } catch (IOException | RuntimeException e) {
            throw new ToolingException("cannot read " + source.pack().tarballName() + ": " + e.getMessage(), e);
        }
        Map<String, byte[]> out = new TreeMap<>();
        entries.forEach((name, data) -> {
            if (name.startsWith(IMAGES)) {
                out.put(FOLDER + "images/" + name.substring(IMAGES.length()), data);
            } else if (name.endsWith(".css")) {
                out.put(STYLESHEET, relativeImages(data));
            } else if (name.endsWith(".js")) {
                out.put(SCRIPT, ClassicScript.of(new String(data, StandardCharsets.UTF_8), name)
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                out.put(FOLDER + "package.json", data);
            }
        });
        if (!out.containsKey(STYLESHEET) || !out.containsKey(SCRIPT)) {
            throw new ToolingException(source.pack().tarballName() + " has no " + DIST
                    + "nhsuk-frontend.min.css or .min.js: is this the right package and version?");
        }
        return out;
    }

    /** The stylesheet names its images {@code /assets/images/...}; the site keeps them beside it. */
    private static byte[] relativeImages(byte[] css) {
        return new String(css, StandardCharsets.UTF_8).replace("url(/assets/images/", "url(images/")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] verifiedTarball(FrontendSource source, BuildLog log) {
        NpmPackage pack = source.pack();
        Path cached = source.cacheDirectory().resolve(pack.tarballName());
        // the cache folder is configured (and may itself be a link); nothing in it is followed out of it
        ProjectBoundary.Entry entry = ProjectBoundary.of(source.cacheDirectory(), List.of()).inspect(cached);
        if (entry.kind() == ProjectBoundary.Kind.FILE) {
            byte[] bytes = read(cached);
            if (matches(bytes, pack.integrity())) {
                return bytes;
            }
            log.warn("the cached " + cached + " does not match the pinned integrity; fetching it again");
        } else if (entry.kind() == ProjectBoundary.Kind.OUTSIDE) {
            log.warn("the cached " + cached + " is a link to a place outside the cache folder; not read, fetching it again");
        }
        if (source.offline()) {
            throw new ToolingException(pack.tarballName() + " is not in " + source.cacheDirectory()
                    + " and the build is offline: run one build online to fetch it from " + pack.tarball());
        }
        log.info("Fetching " + pack.tarball());
        byte[] bytes = download(pack);
        if (!matches(bytes, pack.integrity())) {
            throw new ToolingException(pack.tarball() + " does not match the pinned integrity " + pack.integrity()
                    + " (got " + integrityOf(bytes) + "); refusing to use it");
        }
        AtomicFile.write(source.cacheDirectory().resolve(pack.tarballName()), bytes);
        return bytes;
    }

    /** {@code sha512-<base64>} of the bytes, as npm writes integrity values. */
    static String integrityOf(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new ToolingException("this JVM has no SHA-512", e);
        }
    }

    private static boolean matches(byte[] bytes, String integrity) {
        return MessageDigest.isEqual(integrityOf(bytes).getBytes(StandardCharsets.US_ASCII),
                integrity.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] download(NpmPackage pack) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault())
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        HttpRequest request = HttpRequest.newBuilder(pack.tarball()).timeout(Duration.ofMinutes(2)).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new ToolingException("cannot fetch " + pack.tarball() + ": HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new ToolingException("cannot fetch " + pack.tarball() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolingException("interrupted while fetching " + pack.tarball(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ToolingException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
