package uk.nhs.aqp.core.diagnostic;

import java.util.Locale;

/** How serious a diagnostic is. Ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in printed diagnostics, JSON and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True if this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': use error, warning or info");
    }
}
