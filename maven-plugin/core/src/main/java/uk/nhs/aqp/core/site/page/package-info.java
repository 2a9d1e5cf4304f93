/**
 * The page kinds of the website, one class each, found through {@link uk.nhs.aqp.core.site.page.PageKinds#all()}:
 * home, national pack, local pack, the AQP map (decisions by SHA and cluster, table and SVG grid),
 * commissioner (register entry, decisions, stocktake, local packs, choice directories), a patient
 * choice directory (the qualified providers of a commissioner's register for one line, their offers
 * side by side, how to be referred), rules, quality report, search and the 404 page.
 * Each selects what its pages show from the {@link uk.nhs.aqp.core.site.SiteModel} and names the
 * template that lays it out.
 *
 * <p>In: the site model. Out: {@link uk.nhs.aqp.core.site.Page} records. Owns no rule ids. Must not
 * render, write files, or depend on loaders, validators or Maven.
 */
package uk.nhs.aqp.core.site.page;
