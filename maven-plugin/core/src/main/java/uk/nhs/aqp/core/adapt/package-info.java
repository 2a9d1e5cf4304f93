/**
 * Stage adapt: resolves a commissioner's local adaptation against its national pack
 * ({@link uk.nhs.aqp.core.adapt.AdaptationApplier}), producing resolved files whose every value is
 * located in the national file or the adaptation ({@code ResolvedSourceMap}), the variations, and
 * drift diagnostics when the national pack has moved on since the adaptation's base version.
 * {@link uk.nhs.aqp.core.adapt.AdaptationRebaser} rewrites only the {@code was} values and base
 * version of an adaptation file, keeping its comments and layout.
 * A joint arrangement is a lead's adaptation with a {@code joint} block; a member's adaptation
 * ({@code base.joint}) is applied on top of the arrangement's resolved files
 * ({@link uk.nhs.aqp.core.adapt.AdaptationApplier#applyOnJoint}, drift at that level is
 * {@code joint.drift}); {@link uk.nhs.aqp.core.adapt.JointRules} checks shared fields and equal prices,
 * {@link uk.nhs.aqp.core.adapt.JointMembership} that every listed member adopts the arrangement.
 * {@link uk.nhs.aqp.core.adapt.IllustrativeFigures} warns of each national price marked
 * illustrative that a resolved local pack publishes unchanged and its adaptation does not accept
 * ({@code adapt.illustrative-figure}, {@code adapt.accept-unknown}).
 * {@link uk.nhs.aqp.core.adapt.VariationReport} prints the variations for {@code aqp:diff} in the
 * vocabulary's words ({@code uk.nhs.aqp.core.vocabulary}), changed words marked {@code [-old-]{+new+}}.
 *
 * <p>In: schema-valid national documents and a schema-valid adaptation document. Out: a
 * {@link uk.nhs.aqp.core.adapt.Resolution} and {@code adapt.*} diagnostics. Never changes national
 * trees (nor, for a member, the arrangement's). Must not depend on rendering, the bundle or Maven.
 */
package uk.nhs.aqp.core.adapt;
