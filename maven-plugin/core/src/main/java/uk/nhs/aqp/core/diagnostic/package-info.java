/**
 * The one {@link uk.nhs.aqp.core.diagnostic.Diagnostic} type, the
 * {@link uk.nhs.aqp.core.diagnostic.DiagnosticSink} that stages report into, and the
 * {@link uk.nhs.aqp.core.diagnostic.RuleCatalog} of every rule id with its message and fix
 * (read from {@code aqp/rules.properties}).
 *
 * <p>In: rule ids, origins and message arguments. Out: sorted diagnostics. Depends only on
 * {@code uk.nhs.aqp.core.source}; must not depend on loaders, validators or Maven.
 */
package uk.nhs.aqp.core.diagnostic;
