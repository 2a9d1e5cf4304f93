package uk.nhs.aqp.core.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.PackSources;
import uk.nhs.aqp.core.source.SourceMap;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * Stage 3, model: binds schema-valid trees to immutable records. Only trees that passed their
 * schema reach it, so a binding failure means the schema and the records disagree; it is still
 * reported ({@code pack.model}) rather than thrown.
 */
public final class ModelBinder {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Binds the six files of one pack folder. */
    public Optional<Pack> bindPack(String folderName, String folderPath, Map<FileKind, YamlDocument> documents,
            DiagnosticSink sink) {
        Map<FileKind, SourceMap> maps = new EnumMap<>(FileKind.class);
        documents.forEach((kind, doc) -> maps.put(kind, doc.sources()));
        try {
            return Optional.of(new Pack(
                    bind(documents.get(FileKind.PACK), PackManifest.class),
                    bind(documents.get(FileKind.KPIS), KpiSchedule.class),
                    bind(documents.get(FileKind.SPECIFICATION), Specification.class),
                    bind(documents.get(FileKind.CURRENCY), CurrencyModel.class),
                    bind(documents.get(FileKind.QUALIFICATION), Qualification.class),
                    bind(documents.get(FileKind.PATIENT_CHOICE), PatientChoice.class),
                    new PackSources(folderName, folderPath, maps), Optional.empty()));
        } catch (BindingFailed e) {
            sink.report("pack.model", e.origin, e.getMessage());
            return Optional.empty();
        }
    }

    /** Binds the standard questionnaire. */
    public Optional<Questionnaire> bindQuestionnaire(YamlDocument document, DiagnosticSink sink) {
        return bindFile(document, Questionnaire.class, sink);
    }

    /** Binds a commissioner.yaml. */
    public Optional<Commissioner> bindCommissioner(YamlDocument document, DiagnosticSink sink) {
        return bindFile(document, Commissioner.class, sink);
    }

    private <T> Optional<T> bindFile(YamlDocument document, Class<T> type, DiagnosticSink sink) {
        try {
            return Optional.of(bind(document, type));
        } catch (BindingFailed e) {
            sink.report("pack.model", e.origin, e.getMessage());
            return Optional.empty();
        }
    }

    private <T> T bind(YamlDocument document, Class<T> type) {
        JsonNode root = document.root();
        try {
            return mapper.treeToValue(root, type);
        } catch (Exception e) {
            throw new BindingFailed(new Origin(document.displayPath(), 1, 1, ""),
                    type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static final class BindingFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Origin origin;

        BindingFailed(Origin origin, String message) {
            super(message, null, false, false);
            this.origin = origin;
        }
    }
}
