/**
 * The Maven goals: each Mojo copies its parameters into an immutable core request and makes one
 * call into {@link uk.nhs.aqp.core.Toolkit}. Bad pack content becomes a
 * {@code MojoFailureException}; broken tooling or configuration a {@code MojoExecutionException}.
 *
 * <p>In: Maven parameters. Out: a build result and log lines. Owns no rule ids; holds no loops over
 * packs or files (that is the core's job).
 */
package uk.nhs.aqp.maven;
