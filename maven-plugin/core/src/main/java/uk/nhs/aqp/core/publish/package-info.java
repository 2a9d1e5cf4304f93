/**
 * Stage last, publish: the only code that writes into an output folder
 * ({@link uk.nhs.aqp.core.publish.Publisher}), and the machine-readable diagnostic reports it writes
 * (JSON and SARIF 2.1.0). Every output folder passes the {@link uk.nhs.aqp.core.publish.OutputGuard}
 * first: the toolkit writes only into folders it made (marked with {@code .aqp-output}) or new or
 * empty ones, never into the project or an input. A folder is replaced as a whole by a
 * {@link uk.nhs.aqp.core.publish.FolderSwap}: a new version beside it, then one atomic rename of
 * the link that is the folder, so the old or the new output is always complete in place; single
 * files are written by {@link uk.nhs.aqp.core.publish.AtomicFile}.
 *
 * <p>In: finished content as bytes. Out: files on disk. Must not depend on loaders, validators,
 * rules or Maven.
 */
package uk.nhs.aqp.core.publish;
