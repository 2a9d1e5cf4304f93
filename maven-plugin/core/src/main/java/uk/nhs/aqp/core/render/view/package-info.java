/**
 * Read-only views that templates need but the model does not hold: the standard questionnaire
 * with a pack's amendments applied ({@link uk.nhs.aqp.core.render.view.AmendedQuestionnaire}) and
 * the worked market-forces-factor example ({@link uk.nhs.aqp.core.render.view.MffExample}).
 *
 * <p>In: model records. Out: immutable records. Owns no rule ids (validation has already checked
 * what they rely on). Must not depend on loaders, validators, FreeMarker, AsciidoctorJ or Maven.
 */
package uk.nhs.aqp.core.render.view;
