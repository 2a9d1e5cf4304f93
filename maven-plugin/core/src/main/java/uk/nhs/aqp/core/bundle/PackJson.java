package uk.nhs.aqp.core.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Qualification;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.model.Variation;

/**
 * Output: each pack fully resolved into one JSON document ({@code packs/<key>.json}), shaped as
 * {@code resolved-pack.schema.json} says: identity, then for a local pack its base and variations,
 * then the six products each exactly as its YAML file. Also the standard questionnaire.
 *
 * <p>Every document is read back and checked against its schema before it is returned, so a
 * consumer never receives one that does not conform; a mismatch is a tooling error (the model and
 * the schemas disagree), never a content error.
 */
final class PackJson {

    /**
     * Lists the schemas require even when empty. Every other empty list is left out, like an
     * optional list the author did not write.
     */
    private static final JsonOutput JSON = new JsonOutput(b -> b
            .addMixIn(CurrencyModel.Currency.class, KeepExcludes.class)
            .addMixIn(Qualification.class, KeepAmendments.class)
            .addMixIn(Specification.Standards.class, KeepStandards.class));

    private final Schema packSchema;
    private final Schema questionnaireSchema;

    PackJson(Schema packSchema, Schema questionnaireSchema) {
        this.packSchema = packSchema;
        this.questionnaireSchema = questionnaireSchema;
    }

    byte[] pack(BundledPack bundled) {
        Pack pack = bundled.pack();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", pack.id());
        root.put("kind", bundled.kind());
        root.put("version", pack.manifest().version());
        bundled.adoption().ifPresent(a -> {
            root.put("commissioner", a.commissioner().id());
            Map<String, Object> base = new LinkedHashMap<>();
            base.put("pack", a.basePack());
            base.put("version", a.baseVersion());
            if (a.member()) {
                base.put("joint", a.joint().key());
                base.put("jointVersion", a.joint().version());
            }
            root.put("base", base);
            root.put("variations", a.variations().stream().map(PackJson::variation).toList());
        });
        root.put("pack", pack.manifest());
        root.put("kpis", pack.kpis());
        root.put("specification", pack.specification());
        root.put("currency", pack.currency());
        root.put("qualification", pack.qualification());
        root.put("patientChoice", pack.patientChoice());
        return checked(bytes(root), packSchema, bundled.documentPath());
    }

    byte[] questionnaire(Questionnaire questionnaire, String path) {
        return checked(bytes(questionnaire), questionnaireSchema, path);
    }

    private static Map<String, Object> variation(Variation v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("target", v.target());
        out.put("operation", v.operation().key());
        String field = ExactValues.field(v.target());
        v.national().ifPresent(value -> out.put("nationalValue", ExactValues.of(field, value)));
        v.local().ifPresent(value -> out.put("localValue", ExactValues.of(field, value)));
        out.put("rationale", v.rationale());
        out.put("layer", v.layer().key());
        return out;
    }

    private static byte[] bytes(Object value) {
        return JSON.bytes(value);
    }

    private static byte[] checked(byte[] json, Schema schema, String path) {
        List<Error> errors = schema.validate(JSON.read(json));
        if (!errors.isEmpty()) {
            throw new ToolingException("the bundle's " + path + " does not conform to its own schema, so the model and "
                    + "the schemas disagree: " + errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
                            .collect(Collectors.joining("; ")));
        }
        return json;
    }

    private abstract static class KeepExcludes {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<String> excludes();
    }

    private abstract static class KeepAmendments {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<Qualification.Amendment> amendments();
    }

    private abstract static class KeepStandards {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<Specification.Reference> national();

        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<Specification.Reference> professional();
    }
}
