/**
 * The one vocabulary of the toolkit: how every value of a pack reads for a person, in the
 * documents, the website, {@code aqp:diff}, the bundle's table titles and the variation report.
 *
 * <p>In: the model ({@code uk.nhs.aqp.core.model}) and JSON values of variations. Out: plain text
 * and small read-only structures; every output escapes the text itself. Owns no rule ids. Depends
 * only on the model and java-diff-utils; nothing here renders markup or reads a pack.
 *
 * <p>The API, small on purpose:
 * <ul>
 * <li>{@link uk.nhs.aqp.core.vocabulary.Html#escape}: the one HTML escaping for text put into
 *     markup outside the FreeMarker templates (the preview's problems, the dry-run report pages).
 * <li>{@link uk.nhs.aqp.core.vocabulary.Vocabulary#standard()}: labels and formats.
 *     {@code label(group, value)} names an enumerated value as it starts a table cell
 *     ({@code label("frequency", "six-monthly")} is {@code Six-monthly}), {@code lower(group, value)}
 *     mid-sentence ({@code local example}, but {@code GP}), {@code group(name)} every label of a group
 *     as a map; {@code field(parent, key)}, {@code item(list)} and {@code product(file)} name fields,
 *     list items and products; {@code money} ({@code £525.00}), {@code number}, {@code amount}
 *     ({@code 16 working days}), {@code target} ({@code at least 95%}), {@code date}
 *     ({@code 1 April 2012}), {@code age} ({@code 55 and over}); {@code tag} the website's tag colour.
 *     The words are in {@code aqp/vocabulary/labels.properties}; a test fails when a schema enum
 *     value has no label there. Document templates get it as the shared variable {@code words}
 *     (and {@code _library.ftl}'s name maps read from it); the website's {@code fmt} delegates to it.</li>
 * <li>{@link uk.nhs.aqp.core.vocabulary.DescribedVariation#of(uk.nhs.aqp.core.model.Pack)}: every
 *     variation of a local pack with its {@link uk.nhs.aqp.core.vocabulary.Subject} ("KPI AH-KPI-03
 *     <em>Bilateral fitting</em>: target"), and its values as {@link uk.nhs.aqp.core.vocabulary.Shown}
 *     (text with {@link uk.nhs.aqp.core.vocabulary.Segment}s marked removed or added, bullets,
 *     paragraphs, fields), sorted by product and then by the order of the pack.</li>
 * <li>{@link uk.nhs.aqp.core.vocabulary.WordDiff}: the words that differ between two texts;
 *     {@link uk.nhs.aqp.core.vocabulary.TerminalText} prints a shown value with
 *     {@code [-removed-]{+added+}} marks.</li>
 * </ul>
 */
package uk.nhs.aqp.core.vocabulary;
