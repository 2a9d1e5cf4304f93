package uk.nhs.aqp.core.rules;

/**
 * Compares MAJOR.MINOR.PATCH strings that a schema has already checked (digits without leading
 * zeros), part by part, however many digits a part has: a longer part is the larger number.
 */
public final class SemanticVersion {

    private SemanticVersion() {
    }

    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = x[i].length() != y[i].length() ? Integer.compare(x[i].length(), y[i].length())
                    : x[i].compareTo(y[i]);
            if (c != 0) return Integer.signum(c);
        }
        return 0;
    }
}
