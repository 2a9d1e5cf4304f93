/**
 * Stage 2b, semantic rules: one class per rule, run in the order {@link uk.nhs.aqp.core.rules.PackRules}
 * lists them over each pack. A rule declares the files it reads and runs whenever those passed
 * their schema, so a broken file stops only the rules that need it.
 *
 * <p>In: a {@link uk.nhs.aqp.core.rules.PackContext} (the products of the pack's schema-valid
 * files and the standard questionnaire). Out: diagnostics only; rules never change the model. Owns the rule ids
 * {@code pack.*} (cross-file rules, and {@code pack.placeholder}, which {@link uk.nhs.aqp.core.rules.PlaceholderText} checks on each schema-valid file as written), {@code kpi.*}, {@code currency.*} and {@code qualification.*}.
 * {@link uk.nhs.aqp.core.rules.EvidenceMarks} lists every evidence marking of a pack with its file,
 * pointer and target path, for {@code pack.confirmed-out-of-period} here and for the adapt stage's
 * check of illustrative prices a local pack keeps.
 * Must not depend on loaders, the schema validator, rendering or Maven.
 */
package uk.nhs.aqp.core.rules;
