/**
 * Source positions: {@link uk.nhs.aqp.core.source.Origin} (file, line, column, JSON pointer),
 * {@link uk.nhs.aqp.core.source.SourceMap} (the positions of one document) and
 * {@link uk.nhs.aqp.core.source.YamlDocument} (a tree with its positions).
 *
 * <p>In: nothing but values. Out: value types used by every stage. Depends on Jackson's tree
 * model only; must not depend on any other package of the toolkit, nor on Maven.
 */
package uk.nhs.aqp.core.source;
