package uk.nhs.aqp.core.model;

import java.util.List;

/** The eight national AQP service lines, in the order of the programme's list (pack.yaml serviceLine). */
public final class ServiceLines {

    private ServiceLines() {
    }

    public static final List<String> ALL = List.of("msk-back-neck-pain", "adult-hearing", "continence",
            "diagnostics-direct-access", "wheelchairs", "leg-ulcer-wound-healing", "psychological-therapies",
            "podiatry");
}
