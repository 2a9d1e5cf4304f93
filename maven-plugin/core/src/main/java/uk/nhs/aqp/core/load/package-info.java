/**
 * Stage 1, discover and load: finds the pack folders ({@link uk.nhs.aqp.core.load.PackDiscoverer})
 * and reads each YAML file into a tree with a position for every node
 * ({@link uk.nhs.aqp.core.load.YamlLoader}), under size, alias, depth and node limits. Checks what
 * only the reader sees: every character of the text ({@link uk.nhs.aqp.core.load.TextCharacters}:
 * control characters, bidirectional controls), at its own line and column, and that every number
 * is in range and every explicitly tagged value is what its tag says.
 *
 * <p>Everything the toolkit reads from a project passes the {@link uk.nhs.aqp.core.load.ProjectBoundary}
 * first: a path is judged by where it really ends, and a link that leads outside the project and
 * the folders the build was given is refused at the link, unread. {@link uk.nhs.aqp.core.load.InputGuard}
 * reports such entries, and special files, once each; {@link uk.nhs.aqp.core.load.ConfinedTemplateLoader}
 * applies the same boundary to a project's own templates. The loader opens regular files only and
 * never quotes a file that is not a pack file.
 *
 * <p>A pack folder's {@code applications/} folder is left to the qualification stage
 * ({@link uk.nhs.aqp.core.qualify.ApplicationFinder}), and a local pack folder's
 * {@code qualified-providers.yaml} to {@link uk.nhs.aqp.core.directory.ProviderRegisterCheck};
 * discovery does not report them as unexpected.
 *
 * <p>In: a packs folder on disk. Out: {@link uk.nhs.aqp.core.source.YamlDocument}s and
 * {@code yaml.*} diagnostics, plus {@code pack.missing-file}, {@code pack.missing-standard},
 * {@code pack.unexpected-file}, {@code pack.no-packs*}, {@code pack.link-outside},
 * {@code pack.broken-link}, {@code pack.not-a-file} and {@code pack.unreadable-folder}. Never throws
 * for bad content. Must not depend on schemas, the model, rules or Maven.
 */
package uk.nhs.aqp.core.load;
