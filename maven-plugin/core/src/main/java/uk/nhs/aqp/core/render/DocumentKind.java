package uk.nhs.aqp.core.render;

/**
 * The publishable documents of a pack, one template each ({@code templates/adoc/<name>.adoc.ftl}),
 * published as {@code <pack-id>/<name>.html} and {@code .pdf} (a local pack's under
 * {@code local/<commissioner>/<pack-id>/}).
 */
public enum DocumentKind {
    IMPLEMENTATION_PACK("implementation-pack"),
    SERVICE_SPECIFICATION("service-specification"),
    KPI_SCHEDULE("kpi-schedule"),
    CURRENCY_AND_TARIFF("currency-and-tariff"),
    QUALIFICATION_QUESTIONNAIRE("qualification-questionnaire"),
    PATIENT_CHOICE("patient-choice"),
    /** Local packs only: every difference from the national pack, with the rationale. */
    VARIATION_REPORT("variation-report");

    private final String fileName;

    DocumentKind(String fileName) {
        this.fileName = fileName;
    }

    /** The file name without extension, e.g. {@code kpi-schedule}. */
    public String fileName() {
        return fileName;
    }

    /** True if a pack has this document: the variation report belongs to local packs only. */
    public boolean appliesTo(uk.nhs.aqp.core.model.Pack pack) {
        return this != VARIATION_REPORT || pack.isLocal();
    }

    /** The template that produces it, e.g. {@code kpi-schedule.adoc.ftl}. */
    public String template() {
        return fileName + ".adoc.ftl";
    }
}
