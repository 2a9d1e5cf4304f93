package uk.nhs.aqp.core.source;

/** JSON pointer (RFC 6901) building and splitting. */
public final class Pointers {

    private Pointers() {
    }

    /** {@code parent + "/" + escaped(token)}. */
    public static String child(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer one level up; the root's parent is the root. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The last token, unescaped. */
    public static String last(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    }
}
