package uk.nhs.aqp.core.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.bundle.BundleMetadata;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.publish.Content;

/**
 * What the documents and bundle stages made, as found on disk: the site copies those folders in
 * ({@code docs/} and {@code data/}) and links only to files that are there, so it never renders
 * anything again and never links to a file that is missing.
 *
 * <p>Conventions (the other stages' output layout): documents of a pack in
 * {@code <docs>/<key>/}, the pack's JSON in {@code <bundle>/packs/<key>.json}, where the key is
 * {@code adult-hearing} for a national pack and {@code local/calderdale-ccg/adult-hearing} for a
 * local one (the bundle's own pack key); tables, workbook and archive for all packs anywhere else in
 * the bundle. The only zip offered is this build's: the one inside the bundle folder named
 * {@code <name>-<version>.zip} after the bundle's {@code datapackage.json}; no other zip is copied.
 * Hidden files (the toolkit's marker among them) are never copied. Either folder may be the
 * toolkit's link to its current version.
 */
public final class Downloads {

    /**
     * How the preview brings the documents and the bundle up to date after a change, before the
     * pages that link them are rebuilt (the toolkit's render and bundle stages, with the render
     * cache, so only what changed is converted).
     */
    @FunctionalInterface
    public interface Refresh {

        /** Nothing to refresh: the site links whatever the folders hold. */
        Refresh NONE = validation -> List.of();

        /** Makes the documents and downloads of a validation with no errors; the errors that stopped it, if any. */
        List<Diagnostic> refresh(ValidationResult validation);
    }

    /**
     * One file to download.
     *
     * @param href the path from the site root
     * @param label what it is, e.g. Service specification
     * @param format PDF, HTML, JSON, CSV, XLSX or ZIP
     * @param size bytes
     */
    public record File(String href, String label, String format, long size) {
    }

    private final Map<String, Content> files;
    /** Site path to size, sorted by path, so a pack's documents are one range of it. */
    private final NavigableMap<String, Long> sizes;
    /** The same for every page, so made once. */
    private final List<File> allData;

    private Downloads(Map<String, Content> files, NavigableMap<String, Long> sizes) {
        this.files = files;
        this.sizes = Collections.unmodifiableNavigableMap(sizes);
        this.allData = allData(this.sizes.keySet());
    }

    public static Downloads none() {
        return new Downloads(Map.of(), new TreeMap<>());
    }

    /** Finds the files in whichever of the two folders exist. */
    public static Downloads find(Optional<Path> docs, Optional<Path> bundle) {
        Map<String, Content> files = new TreeMap<>();
        TreeMap<String, Long> sizes = new TreeMap<>();
        docs.filter(Files::isDirectory).ifPresent(d -> collect(d, SiteLinks.DOCS, name -> true, files, sizes));
        bundle.filter(Files::isDirectory).ifPresent(d -> {
            Optional<String> zip = zipName(d);
            collect(d, SiteLinks.DATA, name -> !name.endsWith(".zip") || name.contains("/")
                    || zip.filter(name::equals).isPresent(), files, sizes);
        });
        return new Downloads(Map.copyOf(files), sizes);
    }

    /** Every file to copy into the site, by site path. */
    public Map<String, Content> files() {
        return files;
    }

    /** The documents of one pack: PDFs first, then HTML, each sorted by name. */
    public List<File> documents(Pack pack) {
        String folder = SiteLinks.DOCS + key(pack) + "/";
        List<File> out = new ArrayList<>();
        // the folder's range of the sorted paths: a thousand packs do not each look at every file
        Collection<String> inFolder = sizes.subMap(folder, true, folder + Character.MAX_VALUE, false).keySet();
        for (String format : List.of("PDF", "HTML")) {
            inFolder.stream()
                    .filter(p -> p.indexOf('/', folder.length()) < 0)
                    .filter(p -> format(p).equals(format))
                    .forEach(p -> out.add(file(p)));
        }
        return out;
    }

    /** The pack's own data: its resolved JSON from the bundle. */
    public List<File> packData(Pack pack) {
        String json = SiteLinks.DATA + "packs/" + key(pack) + ".json";
        return sizes.containsKey(json) ? List.of(file(json)) : List.of();
    }

    /**
     * A file of the bundle by its path there, e.g. {@code returns/example-sha.csv}, if the bundle
     * has it; labelled {@code label}.
     */
    public Optional<File> data(String bundlePath, String label) {
        String path = SiteLinks.DATA + bundlePath;
        return sizes.containsKey(path) ? Optional.of(new File(path, label, format(path), sizes.get(path)))
                : Optional.empty();
    }

    /**
     * Data for every pack: the manifest, tables, workbook and archive of the bundle (not the SHAs'
     * returns, which their pages offer).
     */
    public List<File> allData() {
        return allData;
    }

    private List<File> allData(Collection<String> paths) {
        List<String> order = List.of("ZIP", "XLSX", "CSV", "JSON");
        return paths.stream()
                .filter(p -> p.startsWith(SiteLinks.DATA) && !p.startsWith(SiteLinks.DATA + "packs/")
                        && !p.startsWith(SiteLinks.DATA + "standard/") && !p.startsWith(SiteLinks.DATA + "schema/")
                        && !p.startsWith(SiteLinks.DATA + "returns/"))
                .filter(p -> order.contains(format(p)))
                .sorted(java.util.Comparator.comparingInt((String p) -> order.indexOf(format(p))).thenComparing(p -> p))
                .map(this::file).toList();
    }

    /** {@code adult-hearing}, or {@code local/calderdale-ccg/adult-hearing} for a local pack. */
    static String key(Pack pack) {
        return pack.outputPath();
    }

    /**
     * {@code <name>-<version>.zip} after the bundle's own {@code datapackage.json}: the zip the
     * bundle stage wrote into the folder with it. Empty when the manifest is missing or unreadable.
     */
    static Optional<String> zipName(Path bundle) {
        Path manifest = bundle.resolve("datapackage.json");
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            return Optional.of(new BundleMetadata(root.path("name").asText(), "", root.path("version").asText(), "",
                    Instant.EPOCH).zipFileName());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A fingerprint of what one pack links to, so an unchanged page need not be rendered again. */
    Object fingerprint(Pack pack) {
        return List.of(documents(pack), packData(pack), allData());
    }

    private File file(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        String known = switch (format(sitePath)) {
            case "ZIP" -> "Everything in one archive";
            case "XLSX" -> "All tables as a spreadsheet";
            case "CSV" -> "Table: " + name.substring(0, name.length() - 4).replace('-', ' ');
            default -> name.equals("datapackage.json") ? "Contents, sizes and checksums (datapackage.json)" : null;
        };
        if (known != null && sitePath.startsWith(SiteLinks.DATA)) {
            return new File(sitePath, known, format(sitePath), sizes.get(sitePath));
        }
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replace('-', ' ').replace('_', ' ');
        String label = base.isEmpty() ? name : Character.toUpperCase(base.charAt(0)) + base.substring(1);
        return new File(sitePath, label, format(sitePath), sizes.get(sitePath));
    }

    private static String format(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toUpperCase(Locale.ROOT);
        return ext.equals("HTM") ? "HTML" : ext;
    }

    /**
     * Every visible file under {@code root} whose relative path {@code wanted} accepts. The walk
     * starts at the real folder (the toolkit's output folder is a link to its current version); each
     * copy reads through {@code root}, so it follows the link if a later build moves it.
     */
    private static void collect(Path root, String prefix, Predicate<String> wanted,
            Map<String, Content> files, Map<String, Long> sizes) {
        try {
            Path real = root.toRealPath();
            try (Stream<Path> all = Files.walk(real)) {
                for (Path p : all.filter(Downloads::ownFile).sorted().toList()) {
                    String rel = real.relativize(p).toString().replace('\\', '/');
                    if (rel.startsWith(".") || rel.contains("/.") || !wanted.test(rel)) continue;
                    files.put(prefix + rel, Content.copyOf(root.resolve(rel)));
                    sizes.put(prefix + rel, Files.size(p));
                }
            }
        } catch (IOException e) {
            throw new ToolingException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    /** A regular file the other stages wrote: they never write links, so a link here is not followed. */
    private static boolean ownFile(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }
}
