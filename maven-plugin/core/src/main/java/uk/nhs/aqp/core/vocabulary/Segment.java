package uk.nhs.aqp.core.vocabulary;

/**
 * A run of words of a shown text: unchanged, removed (only in the national value) or added (only
 * in the local value). Marked runs hold no leading or trailing space, so every output can put
 * its marks tight around the words.
 */
public record Segment(Mark mark, String text) {

    /** Whether the words are the same on both sides, removed, or added. */
    public enum Mark {
        SAME, REMOVED, ADDED;

        /** {@code same}, {@code removed}, {@code added}: for templates. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Segment same(String text) {
        return new Segment(Mark.SAME, text);
    }

    /** For templates: {@code same}, {@code removed} or {@code added}. */
    public String kind() {
        return mark.key();
    }
}
