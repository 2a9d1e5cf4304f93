/**
 * Stage 2a, schema validation: compiles the JSON Schemas once ({@link uk.nhs.aqp.core.validate.SchemaCatalog})
 * and checks each document with networknt, translating each error into a {@code schema.*}
 * diagnostic at the offending node, with a message built from the schema's own titles, allowed
 * keys and values.
 *
 * <p>In: {@link uk.nhs.aqp.core.source.YamlDocument}s. Out: diagnostics; documents are only read.
 * Owns the rule ids {@code schema.*}. Must not depend on the model, rules or Maven.
 */
package uk.nhs.aqp.core.validate;
