/**
 * The toolkit's entry point: {@link uk.nhs.aqp.core.Toolkit} (open once per build), the immutable
 * {@link uk.nhs.aqp.core.ValidateRequest}, the {@link uk.nhs.aqp.core.ValidationResult}, and the
 * core's own {@link uk.nhs.aqp.core.BuildLog}. {@code PackValidation} is the orchestrator that runs
 * the stages discover, load, schema, model, rules, then the local packs and the rules of the
 * programme register ({@code LocalValidation}: each commissioner's folder in parallel, each into
 * its own diagnostic sink, then the members of joint arrangements on top of their arrangement,
 * gathered in a fixed order so the result does not depend on the number of cores), then the
 * providers' applications and registers of qualified providers ({@code uk.nhs.aqp.core.qualify}). {@code LocalMaintenance} and
 * {@code PackScaffolder} write an author's own files (an adaptation, a new national pack from a
 * {@link uk.nhs.aqp.core.NewPackRequest}), never overwriting and never through a link.
 *
 * <p>In: a request. Out: a result, log lines, and the diagnostic reports written through the
 * publisher. Must not depend on Maven or any other build tool: front ends adapt to it.
 */
package uk.nhs.aqp.core;
