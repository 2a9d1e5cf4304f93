package uk.nhs.aqp.core.validate;

import uk.nhs.aqp.core.source.FileKind;
import com.networknt.schema.Error;
import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * Stage 2a, schema validation: checks one document against the JSON Schema of its kind and reports
 * every violation as a {@code schema.*} diagnostic at the offending node's line and column. A
 * missing required key is not reported when an unknown key beside it is its likely misspelling:
 * the unknown-key diagnostic already says which key was meant.
 */
public final class SchemaValidator {

    private final SchemaCatalog catalog;
    private final SchemaErrorTranslator translator;

    public SchemaValidator(SchemaCatalog catalog) {
        this.catalog = catalog;
        this.translator = new SchemaErrorTranslator(catalog);
    }

    /** Validates {@code document} as a file of {@code kind}; true if it had no violation. */
    public boolean validate(YamlDocument document, FileKind kind, DiagnosticSink sink) {
        List<Error> errors = catalog.schema(kind).validate(document.root());
        Set<String> misspelt = translator.misspeltRequiredKeys(errors);
        for (Error error : errors) {
            if (!misspelt.contains(SchemaErrorTranslator.missingKey(error))) {
                translator.report(error, document, sink);
            }
        }
        return errors.isEmpty();
    }
}
