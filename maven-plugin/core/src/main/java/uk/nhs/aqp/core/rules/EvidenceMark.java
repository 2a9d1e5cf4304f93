package uk.nhs.aqp.core.rules;

import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.source.FileKind;

/**
 * One evidence marking in a pack: where it is written, what it marks and the marked value.
 *
 * @param file the pack file that holds it
 * @param pointer the JSON pointer of the evidence object in that file
 * @param target the marked value as an adaptation names it, e.g. {@code currency/tariffs/AH-T-01/price}
 * @param name what a reader calls the marked value, e.g. {@code AH-T-01 Hearing pathway, one ear}
 * @param value the marked value itself (a {@code Money}, a KPI target, an age range, a duration,
 *     a date), or null for a finding or criterion
 * @param evidence the marking
 * @param figure true for a figure a commissioner replaces locally: a price, a KPI target, an age
 *     range or a waiting time
 */
public record EvidenceMark(FileKind file, String pointer, String target, String name, Object value,
        Evidence evidence, boolean figure) {
}
