package uk.nhs.aqp.core;

/** The toolkit's version, from the core jar's manifest (absent when run from classes). */
public final class Version {

    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
