/**
 * Stage 2b, semantic rules: one class per rule, run in the order {@link uk.nhs.aqp.core.rules.PackRules}
 * lists them over each schema-valid pack.
 *
 * <p>In: a {@link uk.nhs.aqp.core.rules.PackContext} (the bound pack and the standard
 * questionnaire). Out: diagnostics only; rules never change the model. Owns the rule ids
 * {@code pack.*} (cross-file rules), {@code kpi.*}, {@code currency.*} and {@code qualification.*}.
 * Must not depend on loaders, the schema validator, rendering or Maven.
 */
package uk.nhs.aqp.core.rules;
