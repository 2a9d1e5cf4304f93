/**
 * Stage last, publish: the only code that writes into an output folder
 * ({@link uk.nhs.aqp.core.publish.Publisher}, one file at a time, atomically), and the
 * machine-readable diagnostic reports it writes (JSON and SARIF 2.1.0).
 *
 * <p>In: finished content as bytes. Out: files on disk. Must not depend on loaders, validators,
 * rules or Maven.
 */
package uk.nhs.aqp.core.publish;
