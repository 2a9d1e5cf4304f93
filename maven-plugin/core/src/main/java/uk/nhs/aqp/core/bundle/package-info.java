/**
 * Stage bundle: the machine-readable download of every pack. {@link uk.nhs.aqp.core.bundle.BundleWriter}
 * turns the validated model into files in memory, one class per output: the resolved pack JSON
 * ({@link uk.nhs.aqp.core.bundle.PackJson}), CSV tables ({@link uk.nhs.aqp.core.bundle.CsvWriter})
 * described by Frictionless Table Schemas ({@link uk.nhs.aqp.core.bundle.TableSchemas}), the same
 * tables as an XLSX workbook ({@link uk.nhs.aqp.core.bundle.XlsxWriter}), the manifest
 * {@code datapackage.json} with a size and SHA-256 hash per file
 * ({@link uk.nhs.aqp.core.bundle.DataPackageWriter}), and a reproducible zip of it all
 * ({@link uk.nhs.aqp.core.bundle.ReproducibleZip}). The tables are found through
 * {@link uk.nhs.aqp.core.bundle.BundleTables}, one class each: tables of the packs, the comparison
 * of each pack's local versions ({@code uk.nhs.aqp.core.compare}), and the programme register
 * (commissioners, decisions, stocktake, SHA returns) and qualification (the applications' dry runs,
 * the registers of qualified providers, the choice directories; {@link uk.nhs.aqp.core.bundle.QualificationTables})
 * from a {@link uk.nhs.aqp.core.bundle.Programme};
 * each SHA's return is also written as {@code returns/<sha-id>.csv} and a workbook.
 *
 * <p>In: packs that passed validation (local packs carry their
 * {@link uk.nhs.aqp.core.model.LocalAdaptation}), the register and its {@code register.*}
 * diagnostics (as a {@link uk.nhs.aqp.core.bundle.Programme}), the standard questionnaire, the schemas and the bundle's
 * metadata. Out: file contents as bytes; the publish stage writes them. Deterministic: same input,
 * same bytes, with every timestamp taken from the request (never the clock). Owns no rule ids: a
 * bundle is only written from valid packs, so anything that goes wrong here is a tooling error.
 * Must not depend on loaders, validators' internals, rules or Maven.
 */
package uk.nhs.aqp.core.bundle;
