package uk.nhs.aqp.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.site.FrontendSource;
import uk.nhs.aqp.core.site.NpmPackage;
import uk.nhs.aqp.core.site.SiteRequest;

/**
 * The parameters of the goals that build the website ({@code aqp:site}, {@code aqp:serve}).
 * Holds no logic beyond building the request.
 */
abstract class SiteGoal extends ReportingGoal {

    /**
     * The folder the website is written to. It is replaced as a whole, and only when the build
     * succeeds. It must be new, empty or made by the toolkit (it holds {@code .aqp-output}); any
     * other folder, the project or a folder holding it is refused and left untouched.
     */
    @Parameter(property = "aqp.site", defaultValue = "${project.build.directory}/site", required = true)
    protected File siteDirectory;

    /**
     * A folder whose {@code site/} files override the built-in website templates and static files
     * of the same name (e.g. {@code site/national.ftlh}, {@code site/assets/aqp.css}); a file that is
     * a link leading outside the project is refused ({@code template.link-outside}). Unset: the
     * built-in templates only.
     */
    @Parameter(property = "aqp.templates")
    protected File templates;

    /**
     * The documents made by {@code aqp:render} ({@code <pack>/*.pdf} and {@code .html}), copied into
     * the site and linked from each pack page when the folder exists.
     */
    @Parameter(property = "aqp.docs", defaultValue = "${project.build.directory}/aqp/docs")
    protected File docs;

    /**
     * The bundle made by {@code aqp:bundle} (pack JSON, CSV and XLSX tables, and its zip, the only
     * one the site offers), copied into the site and linked when the folder exists.
     */
    @Parameter(property = "aqp.bundle", defaultValue = "${project.build.directory}/aqp/bundle")
    protected File bundle;

    /**
     * The toolkit's own folder for what one site build learns for the next (the links it found in
     * each document, so a rebuild reads only the documents that changed) and for the pages it is
     * making. Never published; safe to delete.
     */
    @Parameter(property = "aqp.siteWork", defaultValue = "${project.build.directory}/aqp/site-work")
    protected File siteWork;

    /**
     * The address the site is published at, e.g. {@code https://example.org/aqp/}; used only for
     * absolute addresses in {@code sitemap.xml} and canonical links. Unset: every address is
     * relative.
     */
    @Parameter(property = "aqp.siteUrl")
    protected String siteUrl;

    /**
     * Where the verified tarball of the NHS.UK frontend is kept between builds, so only the first
     * build fetches it from the npm registry.
     */
    @Parameter(property = "aqp.frontendCache", defaultValue = "${user.home}/.cache/aqp-toolkit/npm")
    protected File frontendCache;

    /**
     * Another version of the nhsuk-frontend npm package, with {@code frontendIntegrity}. Unset: the
     * version the toolkit pins (10.6.1).
     */
    @Parameter(property = "aqp.frontendVersion")
    protected String frontendVersion;

    /**
     * The registry's integrity value ({@code sha512-...}, from
     * {@code npm view nhsuk-frontend@<version> dist.integrity}) of {@code frontendVersion}. Required
     * with it.
     */
    @Parameter(property = "aqp.frontendIntegrity")
    protected String frontendIntegrity;

    /** Maven's offline flag: then the frontend must already be in the cache. */
    @Parameter(defaultValue = "${settings.offline}", readonly = true)
    protected boolean offline;

    protected SiteRequest siteRequest(Severity failOn) throws MojoExecutionException {
        NpmPackage frontend = NpmPackage.NHSUK_FRONTEND;
        if ((frontendVersion == null) != (frontendIntegrity == null)) {
            throw new MojoExecutionException("frontendVersion and frontendIntegrity go together: give both, or neither");
        }
        if (frontendVersion != null) {
            try {
                frontend = frontend.withVersion(frontendVersion, frontendIntegrity);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("parameter frontendVersion/frontendIntegrity is not valid: " + e.getMessage());
            }
        }
        return new SiteRequest(validateRequest(failOn), siteDirectory.toPath(), Optional.ofNullable(templates).map(File::toPath),
                Optional.ofNullable(docs).map(File::toPath), Optional.ofNullable(bundle).map(File::toPath),
                Optional.ofNullable(siteUrl), new FrontendSource(frontend, frontendCache.toPath(), offline),
                Optional.ofNullable(siteWork).map(File::toPath));
    }
}
