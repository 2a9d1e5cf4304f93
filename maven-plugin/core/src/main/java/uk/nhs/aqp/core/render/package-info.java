/**
 * Stage render: publishable documents per pack (implementation pack, service specification, KPI
 * schedule, currency and tariff, qualification questionnaire, patient choice sheet; a local pack's
 * variation report; a local pack whose commissioner keeps a register of qualified providers, the
 * patient's {@code choice-leaflet} from its {@code uk.nhs.aqp.core.directory.ChoiceDirectory}), and
 * per national pack with local versions the comparison of those versions
 * ({@code local-versions}, from {@code uk.nhs.aqp.core.compare}), made by
 * FreeMarker as AsciiDoc ({@code .template}) and converted to HTML and PDF by AsciidoctorJ
 * ({@code .convert}), from read-only views of the model ({@code .view}).
 * {@link uk.nhs.aqp.core.render.RenderStage} runs it; {@link uk.nhs.aqp.core.render.RenderRequest}
 * and {@link uk.nhs.aqp.core.render.RenderResult} are its input and output.
 *
 * <p>In: the valid packs and the standard questionnaire. Out: {@code docs/<pack-id>/*.html|pdf}
 * and {@code adoc/<pack-id>/*.adoc}, written through the publisher. Owns {@code template.*} and
 * {@code adoc.*}. Must not depend on loaders, validators, rules or Maven.
 */
package uk.nhs.aqp.core.render;
