package uk.nhs.aqp.core.source;

import java.util.List;
import java.util.Optional;

/** Every kind of YAML file the toolkit reads: its file name and the schema that governs it. */
public enum FileKind {
    PACK("pack.yaml", "pack.schema.json"),
    KPIS("kpis.yaml", "kpis.schema.json"),
    SPECIFICATION("specification.yaml", "specification.schema.json"),
    CURRENCY("currency.yaml", "currency.schema.json"),
    QUALIFICATION("qualification.yaml", "qualification.schema.json"),
    PATIENT_CHOICE("patient-choice.yaml", "patient-choice.schema.json"),
    QUESTIONNAIRE("qualification-questionnaire.yaml", "questionnaire.schema.json"),
    COMMISSIONER("commissioner.yaml", "commissioner.schema.json"),
    ADAPTATION("adaptation.yaml", "adaptation.schema.json"),
    /** A provider application; its real name is {@code applications/<provider-id>.yaml}. */
    APPLICATION("application.yaml", "application.schema.json"),
    /** A commissioner's register of qualified providers, beside its local pack. */
    QUALIFIED_PROVIDERS("qualified-providers.yaml", "qualified-providers.schema.json");

    private final String fileName;
    private final String schemaName;

    FileKind(String fileName, String schemaName) {
        this.fileName = fileName;
        this.schemaName = schemaName;
    }

    public String fileName() {
        return fileName;
    }

    public String schemaName() {
        return schemaName;
    }

    /** The six files every national pack folder holds, in reading order. */
    public static List<FileKind> packFiles() {
        return List.of(PACK, KPIS, SPECIFICATION, CURRENCY, QUALIFICATION, PATIENT_CHOICE);
    }

    public static Optional<FileKind> packFile(String fileName) {
        return packFiles().stream().filter(k -> k.fileName.equals(fileName)).findFirst();
    }

    public static List<String> packFileNames() {
        return packFiles().stream().map(FileKind::fileName).toList();
    }

    /** The name an adaptation's target path starts with: the file name without {@code .yaml}. */
    public String targetName() {
        return fileName.substring(0, fileName.length() - ".yaml".length());
    }

    /** The pack file a target path's first segment names. */
    public static Optional<FileKind> byTargetName(String name) {
        return packFiles().stream().filter(k -> k.targetName().equals(name)).findFirst();
    }
}
