package uk.nhs.aqp.core.rules;

import uk.nhs.aqp.core.diagnostic.DiagnosticSink;

/**
 * One semantic rule over a schema-valid pack. A rule only reads the pack and reports; it never
 * changes the model or throws for bad content.
 */
@FunctionalInterface
public interface PackRule {

    void check(PackContext context, DiagnosticSink sink);
}
