/**
 * Stage site: the published website. {@link uk.nhs.aqp.core.site.SiteBuilder} makes every page
 * (one {@link uk.nhs.aqp.core.site.PageKind} per kind, listed in {@code site.page.PageKinds}) from a
 * read-only {@link uk.nhs.aqp.core.site.SiteModel} with FreeMarker templates in the HTML output
 * format (auto-escaping; {@code templates/site/}, overridable by name, the project's files read
 * only inside the project), adds the NHS.UK frontend
 * taken from its pinned npm tarball ({@link uk.nhs.aqp.core.site.FrontendAssets}), copies in what
 * the documents and bundle stages made ({@link uk.nhs.aqp.core.site.Downloads}), writes a search
 * index and a sitemap, checks every internal link and anchor (each page read by a tokenizer that
 * follows the HTML standard, so only real attributes count), and hands the result to the publisher.
 * With a work folder ({@code target/aqp/site-work}) a build writes each page there as it is made and
 * keeps what the link check read in each copied document ({@link uk.nhs.aqp.core.site.LinkMemo}), so
 * memory does not grow with the pages and a rebuild reads only the documents that changed.
 * {@link uk.nhs.aqp.core.site.SiteServer} (on its own small loopback HTTP server, with timeouts, a
 * bounded pool and a {@code Host} check) and {@link uk.nhs.aqp.core.site.PreviewSession} serve it
 * on localhost and rebuild it when packs or templates change. Every label and format a page shows
 * comes from the one vocabulary ({@code uk.nhs.aqp.core.vocabulary}; templates call it as
 * {@code fmt}, {@link uk.nhs.aqp.core.site.Formats}), and a local page's variations are
 * {@code DescribedVariation}s, as in the documents.
 *
 * <p>In: a {@link uk.nhs.aqp.core.ValidationResult} and a {@link uk.nhs.aqp.core.site.SiteRequest}.
 * Out: a folder of static files and {@code site.*} diagnostics. Owns {@code site.*}. Must not
 * depend on Maven, load or validate packs itself, or render documents or bundles (it copies them).
 */
package uk.nhs.aqp.core.site;
