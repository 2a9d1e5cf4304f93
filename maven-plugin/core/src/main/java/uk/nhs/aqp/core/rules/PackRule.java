package uk.nhs.aqp.core.rules;

import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;

/**
 * One semantic rule over the schema-valid files of a pack. A rule only reads the pack and reports;
 * it never changes the model or throws for bad content.
 */
public interface PackRule {

    /**
     * The pack files whose products the rule reads. It runs on every pack where each of them passed
     * its schema, whatever the state of the other files.
     */
    Set<FileKind> reads();

    void check(PackContext context, DiagnosticSink sink);
}
