/**
 * Stage 1, discover and load: finds the pack folders ({@link uk.nhs.aqp.core.load.PackDiscoverer})
 * and reads each YAML file into a tree with a position for every node
 * ({@link uk.nhs.aqp.core.load.YamlLoader}), under size, alias, depth and node limits. Checks what
 * only the reader sees: every character of the text ({@link uk.nhs.aqp.core.load.TextCharacters}:
 * control characters, bidirectional controls), at its own line and column, and that every number
 * is in range and every explicitly tagged value is what its tag says.
 *
 * <p>In: a packs folder on disk. Out: {@link uk.nhs.aqp.core.source.YamlDocument}s and
 * {@code yaml.*} diagnostics, plus {@code pack.missing-file}, {@code pack.missing-standard},
 * {@code pack.unexpected-file} and {@code pack.no-packs*}. Never throws for bad content. Must not
 * depend on schemas, the model, rules or Maven.
 */
package uk.nhs.aqp.core.load;
