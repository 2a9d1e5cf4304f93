package uk.nhs.aqp.core.site.page;

import java.util.List;
import uk.nhs.aqp.core.model.Pack;

/** What a page shows of a pack, without where each value was written: equal when the page would be. */
final class PackContent {

    private PackContent() {
    }

    static Object of(Pack pack) {
        return List.of(pack.manifest(), pack.kpis(), pack.specification(), pack.currency(), pack.qualification(),
                pack.patientChoice(), pack.local());
    }
}
