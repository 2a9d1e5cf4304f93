/**
 * The starting text of new pack files: {@link uk.nhs.aqp.core.scaffold.NationalPackTemplate} for
 * {@code aqp:new}. Placeholders start with the marker of
 * {@link uk.nhs.aqp.core.rules.PlaceholderText}, which warns about each one left.
 *
 * <p>In: a pack id and a date. Out: text only; the core's {@code PackScaffolder} decides whether
 * and where it is written. Owns no rule ids. Must not depend on loaders, rendering or Maven.
 */
package uk.nhs.aqp.core.scaffold;
