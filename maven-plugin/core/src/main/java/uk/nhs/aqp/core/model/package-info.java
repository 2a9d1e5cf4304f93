/**
 * Stage 3, model: immutable records for a pack's six products ({@link uk.nhs.aqp.core.model.Pack})
 * and the standard questionnaire, and the commissioner with its register entry
 * ({@link uk.nhs.aqp.core.model.Commissioner}, {@link uk.nhs.aqp.core.model.Decision}), bound from schema-valid trees by
 * {@link uk.nhs.aqp.core.model.ModelBinder}, file by file, so that the rules can check the good files
 * of a pack whose other files are broken ({@link uk.nhs.aqp.core.model.PartialPack}, which only
 * the rules see). Money is {@link java.math.BigDecimal}, never double.
 * Every value can be traced to its file, line and column through {@code Pack.sources()}.
 *
 * <p>In: schema-valid documents. Out: records that templates, the bundle and the site read.
 * Owns {@code pack.model}. Must not depend on loaders, validators, rules or Maven.
 */
package uk.nhs.aqp.core.model;
