package uk.nhs.aqp.core.rules;

/** Compares MAJOR.MINOR.PATCH strings that a schema has already checked. */
public final class SemanticVersion {

    private SemanticVersion() {
    }

    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            if (c != 0) return c;
        }
        return 0;
    }
}
