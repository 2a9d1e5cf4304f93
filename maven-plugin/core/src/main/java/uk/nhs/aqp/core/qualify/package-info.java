/**
 * Provider applications and the qualification dry run. An application
 * ({@code applications/<provider-id>.yaml} beside a national or local pack) answers the standard
 * questionnaire as the pack amends it, the pack's extra criteria and its patient-choice items.
 *
 * <p>In the validate stage {@link uk.nhs.aqp.core.qualify.ApplicationCheck} reads each application
 * against its pack (if the pack is valid) and reports what is wrong with the file itself: it names
 * another pack or provider than its place ({@code application.folder}), answers a question,
 * criterion or item twice ({@code application.duplicate}) or one the pack does not have
 * ({@code application.unknown-id}), or answers what the
 * pack has since replaced or removed ({@code application.drift}, a warning). Owns the rule ids
 * {@code application.*}.
 *
 * <p>{@link uk.nhs.aqp.core.qualify.DryRun} then evaluates every question and criterion (pass,
 * fail, missing, to assess, or recorded for an information question), one
 * {@link uk.nhs.aqp.core.qualify.PassCheck} per kind of pass rule, and
 * {@link uk.nhs.aqp.core.qualify.QualifyReports} writes the per-application reports (JSON and an
 * HTML page) and the dry-run summary. Out: findings and report files, never a change to a pack.
 * Must not depend on loaders beyond discovery, rendering engines, the bundle or Maven.
 */
package uk.nhs.aqp.core.qualify;
