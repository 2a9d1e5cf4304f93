package uk.nhs.aqp.core.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.compare.LineComparison;
import uk.nhs.aqp.core.directory.ChoiceDirectory;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.render.template.AsciidocOutputFormat;
import uk.nhs.aqp.core.render.view.AmendedQuestionnaire;
import uk.nhs.aqp.core.render.view.MffExample;
import uk.nhs.aqp.core.vocabulary.DescribedVariation;

/**
 * The data model every document template receives: finished and read-only. Templates never call
 * back into loaders; what they need beyond the model is computed here.
 */
final class TemplateData {

    private TemplateData() {
    }

    /**
     * {@code pack}: the {@link Pack}; {@code questionnaire}: the standard questionnaire with the
     * pack's amendments applied (absent without a standard questionnaire); {@code mffExamples}:
     * one worked market forces factor example per tariff line; {@code document}: the file name of
     * the document being made; {@code variations}: for a local pack, each variation in a
     * commissioner's words, its values shown as the pack documents show them, sorted by product
     * and the order of the pack (labels and formats come from the shared variable {@code words});
     * {@code packPage}: the relative link from the document, where the website keeps it, to the
     * pack's page (markup: made only of slugs, see {@link DocumentLinks}).
     */
    static Map<String, Object> of(Pack pack, Optional<Questionnaire> standard, DocumentKind kind) {
        Map<String, Object> data = new HashMap<>();
        data.put("pack", pack);
        standard.ifPresent(s -> data.put("questionnaire",
                AmendedQuestionnaire.apply(s, pack.qualification().amendments())));
        data.put("mffExamples", MffExample.of(pack.currency()));
        data.put("document", kind.fileName());
        data.put("packPage", markup(DocumentLinks.packPage(pack)));
        if (pack.local().isPresent()) {
            data.put("variations", DescribedVariation.of(pack));
        }
        return data;
    }

    /**
     * The data of the comparison of a national pack's local versions: {@code comparison}, the
     * {@link LineComparison}; {@code pack}, its national pack (for the cover and running header);
     * {@code document} and {@code packPage} as for a pack's own documents.
     */
    static Map<String, Object> of(LineComparison comparison, String document) {
        Map<String, Object> data = new HashMap<>();
        data.put("comparison", comparison);
        data.put("pack", comparison.national());
        data.put("document", document);
        data.put("packPage", markup(DocumentLinks.packPage(comparison.national())));
        return data;
    }

    /**
     * The data of a patient's choice leaflet: {@code directory}, the {@link ChoiceDirectory};
     * {@code pack}, the local pack it belongs to (for the cover and running header); {@code document}
     * and {@code packPage} as for a pack's own documents.
     */
    static Map<String, Object> of(ChoiceDirectory directory, Pack pack, String document) {
        Map<String, Object> data = new HashMap<>();
        data.put("directory", directory);
        data.put("pack", pack);
        data.put("document", document);
        data.put("packPage", markup(DocumentLinks.packPage(pack)));
        return data;
    }

    private static Object markup(String safeText) {
        try {
            return AsciidocOutputFormat.INSTANCE.fromMarkup(safeText);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
