/**
 * Where local versions differ: for each national pack with local versions, every commissioner's
 * value of the figures that matter (tariff prices, age bounds, referral routes, waits, KPI
 * targets) beside the national value, with the spread of the local values (minimum, median,
 * maximum) and the commissioners that differ most marked.
 *
 * <p>In: resolved national and local packs ({@link uk.nhs.aqp.core.model.Pack}). Out: read-only
 * {@link uk.nhs.aqp.core.compare.LineComparison}s that the site, the documents and the bundle show
 * alike. Money stays exact ({@code BigDecimal}, two places); labels and formats come from the one
 * vocabulary. Definitions, stated once here and on every page that shows a comparison:
 * <ul>
 * <li>a local value <em>differs</em> when it reads differently from the national value (a figure
 *     the local version does not have, or has and the national pack does not, differs too);</li>
 * <li>the spread is over the local versions that have the figure as a number in one unit; the median
 *     of an even count is the mean of the two middle values (a price rounded half up to the penny);</li>
 * <li>the commissioners that <em>differ most</em> are those with the largest count of differing
 *     figures, when that count is at least one.</li>
 * </ul>
 * Owns no rule ids. Must not depend on loaders, validators, rendering, the site, the bundle or Maven.
 */
package uk.nhs.aqp.core.compare;
