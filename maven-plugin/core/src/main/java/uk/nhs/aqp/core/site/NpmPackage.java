package uk.nhs.aqp.core.site;

import java.net.URI;
import java.util.Objects;

/**
 * One npm package pinned by version and by the registry's integrity value
 * ({@code sha512-<base64>}, as {@code npm view <name>@<version> dist.integrity} prints it).
 *
 * @param name the package name (unscoped)
 * @param version the exact version
 * @param integrity the Subresource Integrity string the registry publishes for the tarball
 * @param registry the registry's base address, ending in {@code /}
 */
public record NpmPackage(String name, String version, String integrity, URI registry) {

    /** The NHS.UK design system: compiled CSS, JavaScript and images of the website. */
    public static final NpmPackage NHSUK_FRONTEND = new NpmPackage("nhsuk-frontend", "10.6.1",
            "sha512-PZorqQZjZx/A26yJoskCL9z0ib6AtkAyF0o4K/RHr8zRrJyXrUOCnMbjy0VNXsGO4tfTNMwqlkwATKs4a0xayw==",
            URI.create("https://registry.npmjs.org/"));

    public NpmPackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(registry, "registry");
        if (integrity == null || !integrity.startsWith("sha512-")) {
            throw new IllegalArgumentException("integrity of " + name + " must be a sha512-... value, not " + integrity);
        }
        if (!name.matches("[a-z0-9][a-z0-9._-]*") || !version.matches("[0-9A-Za-z.+-]+")) {
            throw new IllegalArgumentException("not an unscoped npm package: " + name + "@" + version);
        }
    }

    /** {@code nhsuk-frontend-10.6.1.tgz}. */
    public String tarballName() {
        return name + "-" + version + ".tgz";
    }

    /** Where the registry serves the tarball. */
    public URI tarball() {
        return registry.resolve(name + "/-/" + tarballName());
    }

    /** Another version, with its own integrity value. */
    public NpmPackage withVersion(String newVersion, String newIntegrity) {
        return new NpmPackage(name, newVersion, newIntegrity, registry);
    }
}
