/**
 * The content-addressed cache of converted documents. A document's key
 * ({@link uk.nhs.aqp.core.render.cache.CacheKey}) is the hash of everything that decides its bytes:
 * the generated AsciiDoc, the output format and its options, the theme, stylesheet and images, and
 * the toolkit's and AsciidoctorJ's versions. A document whose key is in the cache is copied, not
 * converted; the cache also keeps what Asciidoctor logged, so a hit reports the same diagnostics as
 * a conversion. Each entry carries its size and a checksum of its bytes (CRC-32C; the key is
 * already a SHA-256): a corrupt or truncated entry is a miss and is made again, never published. The cache is pruned to a size bound, least recently used first.
 *
 * <p>In: keys and converted bytes. Out: files in the cache folder (the only folder this package
 * writes), which the publisher copies into the documents folder. Must not depend on FreeMarker,
 * loaders, validators or Maven.
 */
package uk.nhs.aqp.core.render.cache;
