/**
 * The register of qualified providers and the patient choice directory. A register
 * ({@code packs/local/<commissioner>/<pack-id>/qualified-providers.yaml}, beside the local pack and
 * its {@code applications/}) records the commissioner's decision on each provider that applied:
 * qualified, not qualified, suspended or withdrawn, its date, and the application it rests on.
 *
 * <p>In the validate stage {@link uk.nhs.aqp.core.directory.ProviderRegisterCheck} reads each
 * register beside a valid local pack, after the applications were checked and dry-run, and reports a
 * provider entered twice ({@code qualified.duplicate-provider}), a decision resting on no application
 * of the pack or on another provider's ({@code qualified.unknown-application}), and a provider
 * qualified on an application whose dry run fails or is incomplete ({@code qualified.failed-application}).
 * Owns the rule ids {@code qualified.*}.
 *
 * <p>Out: {@link uk.nhs.aqp.core.directory.ProviderRegister}s, each with the dry-run results of its
 * applications, from which {@link uk.nhs.aqp.core.directory.ChoiceDirectory} gives the providers a
 * patient can choose from and the facts of their offers, for the site, the leaflet and the bundle.
 * Must not depend on loaders beyond discovery, rendering engines, the bundle, the site or Maven.
 */
package uk.nhs.aqp.core.directory;
