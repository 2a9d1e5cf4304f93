package uk.nhs.aqp.core.qualify;

import uk.nhs.aqp.core.model.Pack;

/** An application that passed its checks, with the valid pack it answers and its project-relative path. */
public record Qualifying(Application application, Pack pack, String file) {
}
