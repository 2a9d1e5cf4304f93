package uk.nhs.aqp.core.model;

import java.util.List;

/** commissioner.yaml: who a set of local adaptations belongs to. */
public record Commissioner(String id, String name, String organisationCode, String region, String kind,
        List<String> covers, String note) {

    public Commissioner {
        covers = Lists.copy(covers);
    }
}
