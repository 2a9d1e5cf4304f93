/**
 * The Maven goals: each Mojo copies its parameters into an immutable core request and makes one
 * call into {@link uk.nhs.aqp.core.Toolkit}. Bad pack content becomes a
 * {@code MojoFailureException}; broken tooling or configuration a {@code MojoExecutionException}.
 *
 * <p>Parameters live in small base classes by the goals that read them, so that each goal (and
 * {@code aqp:help}) lists only its own: {@code PacksGoal} (root, packs), {@code ProjectGoal}
 * (schemas), {@code ReportingGoal} (the reports folder), {@code BuildGoal} (failOn and
 * {@code aqp.skip}); {@code SiteGoal} adds the website's. A parameter's Javadoc says what it is,
 * never its default or property, which the help prints from the annotation.
 *
 * <p>In: Maven parameters. Out: a build result and log lines. Owns no rule ids; holds no loops over
 * packs or files (that is the core's job).
 */
package uk.nhs.aqp.maven;
