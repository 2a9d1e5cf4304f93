package uk.nhs.aqp.core.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.publish.OutputGuard;

/**
 * Everything one site build needs, fixed before any work starts.
 *
 * @param validation which packs, and how they are validated first
 * @param siteDirectory the folder the site is written to (replaced as a whole)
 * @param templates a folder whose {@code site/} files override the built-in templates by name
 * @param docs where the documents stage wrote {@code <pack key>/*.pdf|html}; copied in when present
 * @param bundle where the bundle stage wrote its files; copied in when present
 * @param siteUrl the address the site will be published at, for absolute sitemap entries; without
 *     it every address is relative
 * @param frontend where the NHS.UK frontend comes from
 * @param workDirectory where the site keeps what it learnt in one build for the next (the links of
 *     the copied documents, so that only changed ones are read again) and the pages it is making;
 *     the toolkit's own folder, never published. Empty: nothing is kept, and pages are made in memory
 */
public record SiteRequest(ValidateRequest validation, Path siteDirectory, Optional<Path> templates,
        Optional<Path> docs, Optional<Path> bundle, Optional<String> siteUrl, FrontendSource frontend,
        Optional<Path> workDirectory) {

    public SiteRequest {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(siteDirectory, "siteDirectory");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(docs, "docs");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(siteUrl, "siteUrl");
        Objects.requireNonNull(frontend, "frontend");
        Objects.requireNonNull(workDirectory, "workDirectory");
        siteUrl = siteUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u : u + "/");
    }

    /** A request that keeps nothing between builds. */
    public SiteRequest(ValidateRequest validation, Path siteDirectory, Optional<Path> templates, Optional<Path> docs,
            Optional<Path> bundle, Optional<String> siteUrl, FrontendSource frontend) {
        this(validation, siteDirectory, templates, docs, bundle, siteUrl, frontend, Optional.empty());
    }

    /**
     * Defaults for a project: {@code target/site}, the other stages' default folders, the pinned
     * frontend, and {@code target/aqp/site-work}.
     */
    public static SiteRequest forProject(Path projectRoot, Path frontendCache) {
        Path target = projectRoot.resolve("target");
        return new SiteRequest(ValidateRequest.forProject(projectRoot), target.resolve("site"), Optional.empty(),
                Optional.of(target.resolve("aqp/docs")), Optional.of(target.resolve("aqp/bundle")), Optional.empty(),
                new FrontendSource(NpmPackage.NHSUK_FRONTEND, frontendCache, false),
                Optional.of(target.resolve("aqp/site-work")));
    }

    /**
     * What guards the site folder: not the project, and not the packs, schemas, templates,
     * documents or bundle it reads, nor a folder holding one of them.
     */
    public OutputGuard outputGuard() {
        List<Path> inputs = new ArrayList<>(validation.inputs());
        templates.ifPresent(inputs::add);
        docs.ifPresent(inputs::add);
        bundle.ifPresent(inputs::add);
        return OutputGuard.forProject(validation.projectRoot(), inputs);
    }

    public SiteRequest withSiteDirectory(Path folder) {
        return new SiteRequest(validation, folder, templates, docs, bundle, siteUrl, frontend, workDirectory);
    }

    public SiteRequest withTemplates(Optional<Path> folder) {
        return new SiteRequest(validation, siteDirectory, folder, docs, bundle, siteUrl, frontend, workDirectory);
    }

    public SiteRequest withDownloads(Optional<Path> docsFolder, Optional<Path> bundleFolder) {
        return new SiteRequest(validation, siteDirectory, templates, docsFolder, bundleFolder, siteUrl, frontend,
                workDirectory);
    }

    public SiteRequest withWorkDirectory(Optional<Path> folder) {
        return new SiteRequest(validation, siteDirectory, templates, docs, bundle, siteUrl, frontend, folder);
    }

    public SiteRequest withValidation(ValidateRequest request) {
        return new SiteRequest(request, siteDirectory, templates, docs, bundle, siteUrl, frontend, workDirectory);
    }
}
