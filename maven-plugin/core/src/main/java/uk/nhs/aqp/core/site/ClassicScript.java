package uk.nhs.aqp.core.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * The NHS.UK frontend's script as a classic script instead of an ES module. Browsers refuse module
 * scripts from {@code file://} pages, so a site opened from disk lost its header menu; a classic
 * script runs from disk and over HTTP alike. The module must have no imports and one
 * {@code export{...}} statement at its end (as the frontend's minified bundle has); its body runs
 * in strict mode inside a function, and what it exported becomes the properties of one global,
 * {@code window.NHSUKFrontend}. Anything else is refused, so a future frontend version that breaks
 * the assumption stops the build with a clear message instead of shipping a script that fails.
 */
final class ClassicScript {

    /** The global that holds what the module exported. */
    static final String GLOBAL = "NHSUKFrontend";

    private static final Pattern EXPORT = Pattern.compile("export\\s*\\{([^}]*)\\}\\s*;?\\s*(//#[^\\n]*)?\\s*\\z");
    private static final Pattern IMPORT = Pattern.compile("(^|[;}\\s])import\\s*[{*\"'\\w(]|import\\.meta");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");

    private ClassicScript() {
    }

    static String of(String module, String source) {
        Matcher export = EXPORT.matcher(module);
        if (!export.find()) {
            throw new ToolingException(source + " does not end with one export{...} statement, so it cannot be "
                    + "turned into a classic script for pages opened from disk; pin a frontend version that does");
        }
        String body = module.substring(0, export.start());
        if (body.contains("export") && Pattern.compile("(^|[;}\\s])export[\\s{]").matcher(body).find()
                || IMPORT.matcher(body).find()) {
            throw new ToolingException(source + " imports other modules or exports more than once, so it cannot "
                    + "be turned into a classic script for pages opened from disk; pin a frontend version that does not");
        }
        List<String> properties = new ArrayList<>();
        for (String item : export.group(1).split(",")) {
            String[] parts = item.trim().split("\\s+as\\s+");
            if (item.isBlank()) {
                continue;
            }
            String local = parts[0].trim();
            String exported = parts.length > 1 ? parts[1].trim() : local;
            if (parts.length > 2 || !NAME.matcher(local).matches() || !NAME.matcher(exported).matches()) {
                throw new ToolingException(source + " exports '" + item.trim() + "', which is not a plain name");
            }
            properties.add(exported.equals(local) ? local : exported + ":" + local);
        }
        return "(function(){\"use strict\";\n" + body + "\nwindow." + GLOBAL + "={" + String.join(",", properties)
                + "};\n})();\n";
    }
}
