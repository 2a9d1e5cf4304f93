package uk.nhs.aqp.core.diagnostic;

/**
 * The toolkit itself is broken or misconfigured (a schema that does not compile, a folder that
 * cannot be written). Never used for bad pack content, which is reported as diagnostics.
 */
public class ToolingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToolingException(String message, Throwable cause) {
        super(message, cause);
    }

    public ToolingException(String message) {
        super(message);
    }
}
