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

    /** Binds the six files of one pack folder; empty (and reported) if any is missing or fails to bind. */
    public Optional<Pack> bindPack(String folderName, String folderPath, Map<FileKind, YamlDocument> documents,
            DiagnosticSink sink) {
        return bindParts(folderName, folderPath, documents, sink).complete();
    }

    /**
     * Binds each file of one pack folder that is given, on its own, so that the semantic rules can
     * check the good files of a pack whose other files are missing or broken. A file that fails to
     * bind is reported ({@code pack.model}) and left out.
     */
    public PartialPack bindParts(String folderName, String folderPath, Map<FileKind, YamlDocument> documents,
            DiagnosticSink sink) {
        Map<FileKind, SourceMap> maps = new EnumMap<>(FileKind.class);
        documents.forEach((kind, doc) -> maps.put(kind, doc.sources()));
        return new PartialPack(
                part(documents, FileKind.PACK, PackManifest.class, sink),
                part(documents, FileKind.KPIS, KpiSchedule.class, sink),
                part(documents, FileKind.SPECIFICATION, Specification.class, sink),
                part(documents, FileKind.CURRENCY, CurrencyModel.class, sink),
                part(documents, FileKind.QUALIFICATION, Qualification.class, sink),
                part(documents, FileKind.PATIENT_CHOICE, PatientChoice.class, sink),
                new PackSources(folderName, folderPath, maps));
    }

    private <T> Optional<T> part(Map<FileKind, YamlDocument> documents, FileKind kind, Class<T> type,
            DiagnosticSink sink) {
        YamlDocument document = documents.get(kind);
        return document == null ? Optional.empty() : bindFile(document, type, sink);
    }

    /** Binds the standard questionnaire. */
    public Optional<Questionnaire> bindQuestionnaire(YamlDocument document, DiagnosticSink sink) {
        return bindFile(document, Questionnaire.class, sink);
    }

    /** Binds a commissioner.yaml. */
    public Optional<Commissioner> bindCommissioner(YamlDocument document, DiagnosticSink sink) {
        return bindFile(document, Commissioner.class, sink);
    }

    /** Binds any other schema-valid file (a provider application) to its record; a failure is {@code pack.model}. */
    public <T> Optional<T> bindDocument(YamlDocument document, Class<T> type, DiagnosticSink sink) {
        return bindFile(document, type, sink);
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
