package uk.nhs.aqp.core.render.convert;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;

/**
 * The versions of the toolkit and of the converters on the class path, read from the jars'
 * manifests without starting JRuby: part of every document's cache key, so that a new toolkit or
 * Asciidoctor never reuses documents the old one made.
 */
public final class ConverterVersions {

    private static final String DESCRIPTION = describe();

    private ConverterVersions() {
    }

    /** For example {@code aqp-core 0.1.0; asciidoctorj 3.0.1; asciidoctorj-pdf 2.3.23}. */
    public static String current() {
        return DESCRIPTION;
    }

    private static String describe() {
        Map<String, String> found = new TreeMap<>();
        found.put("aqp-core", version(ConverterVersions.class.getPackage().getImplementationVersion()));
        try {
            Enumeration<URL> manifests = ConverterVersions.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    var main = new Manifest(in).getMainAttributes();
                    String title = main.getValue("Implementation-Title");
                    if (title != null && (title.equals("asciidoctorj") || title.equals("asciidoctorj-pdf")
                            || title.startsWith("JRuby"))) {
                        found.put(title, version(main.getValue("Implementation-Version")));
                    }
                }
            }
        } catch (IOException e) {
            found.put("manifests", "unreadable");
        }
        StringBuilder out = new StringBuilder();
        found.forEach((name, v) -> out.append(out.length() == 0 ? "" : "; ").append(name).append(' ').append(v));
        return out.toString();
    }

    private static String version(String v) {
        return v == null ? "development" : v;
    }
}
