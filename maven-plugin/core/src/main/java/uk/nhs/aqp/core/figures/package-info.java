/**
 * Named figures in prose. In: the raw YAML documents of one pack (national, or local as resolved).
 * Out: the same documents with every {@code {{name}}} in a text replaced by the figure as the
 * vocabulary words it ({@code {{age.min}}} reads {@code 18}, {@code {{wait.first}}} {@code 16
 * working days}, {@code {{price:AH-T-01}}} {@code £525.00}); a name the pack does not define is an
 * error ({@code text.unknown-figure}); in a local pack, prose that still states a national figure
 * the commissioner changed is a warning ({@code text.stale-figure}).
 *
 * <p>Substituted values are plain text: the templates escape them like any text, so a figure can
 * never inject markup. Must not be used on the documents that local resolution and variation
 * reports compare: those keep the names, so changing a figure is one variation, not one per
 * sentence.
 */
package uk.nhs.aqp.core.figures;
