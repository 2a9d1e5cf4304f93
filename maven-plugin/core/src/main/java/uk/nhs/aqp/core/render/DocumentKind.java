package uk.nhs.aqp.core.render;

/**
 * The publishable documents of a pack, one template each ({@code templates/adoc/<name>.adoc.ftl}),
 * published as {@code <pack-id>/<name>.html} and {@code .pdf}.
 */
public enum DocumentKind {
    IMPLEMENTATION_PACK("implementation-pack"),
    SERVICE_SPECIFICATION("service-specification"),
    KPI_SCHEDULE("kpi-schedule"),
    CURRENCY_AND_TARIFF("currency-and-tariff"),
    QUALIFICATION_QUESTIONNAIRE("qualification-questionnaire"),
    PATIENT_CHOICE("patient-choice");

    private final String fileName;

    DocumentKind(String fileName) {
        this.fileName = fileName;
    }

    /** The file name without extension, e.g. {@code kpi-schedule}. */
    public String fileName() {
        return fileName;
    }

    /** The template that produces it, e.g. {@code kpi-schedule.adoc.ftl}. */
    public String template() {
        return fileName + ".adoc.ftl";
    }
}
