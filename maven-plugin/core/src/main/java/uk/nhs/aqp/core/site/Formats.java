package uk.nhs.aqp.core.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.Money;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * How values read on the website, as templates call it ({@code fmt}): the toolkit's one
 * {@link Vocabulary}, plus the sizes of downloads. Returns plain text, which the templates escape.
 */
public final class Formats {

    private static final Formats STANDARD = new Formats(Vocabulary.standard());

    private final Vocabulary words;

    private Formats(Vocabulary words) {
        this.words = words;
    }

    public static Formats standard() {
        return STANDARD;
    }

    /** {@code 20 December 2012}; empty for no date. */
    public String date(LocalDate date) {
        return words.date(date);
    }

    /** The label of an enumerated value, e.g. {@code label("region", "north-east")} is North East. */
    public String label(String group, String value) {
        return words.label(group, value);
    }

    /** A sentence of the vocabulary, its blanks filled: see {@link Vocabulary#sentence}. */
    public String sentence(String group, String value, Object... blanks) {
        return words.sentence(group, value, blanks);
    }

    /** A sentence that counts ({@code 3 versions differ}): see {@link Vocabulary#counted}. */
    public String counted(String group, String value, long n) {
        return words.counted(group, value, n);
    }

    /** The label in the middle of a sentence: {@code lower("currency-unit", "course")} is per course of treatment. */
    public String lower(String group, String value) {
        return words.lower(group, value);
    }

    /** The NHS.UK tag colour for a status, evidence basis, severity or operation. */
    public String tag(String value) {
        return words.tag(value);
    }

    /** {@code £1,234.50}. */
    public String money(Money money) {
        return words.money(money);
    }

    /** A number as written, without trailing zeros: {@code 95}, {@code 1.05}. */
    public String number(BigDecimal value) {
        return words.number(value);
    }

    /** {@code at least 95%}, {@code at most 10 working days}. */
    public String target(KpiSchedule.Target target) {
        return words.target(target);
    }

    /** {@code 16 working days}. */
    public String duration(Specification.Duration duration) {
        return words.duration(duration);
    }

    /** {@code 55 and over}, {@code 16 to 65}, {@code Any age}. */
    public String age(Specification.AgeRange age) {
        return words.age(age);
    }

    /** Whether a figure is confirmed, a later benchmark, a local example or illustrative, with its source year. */
    public String evidence(Evidence evidence) {
        if (evidence == null) return "";
        String label = words.label("evidence", evidence.basis());
        return evidence.year() == null ? label : label + " (" + evidence.year() + ")";
    }

    /** {@code 54 KB}. */
    public String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return Math.round(bytes / 1024.0) + " KB";
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
