package uk.nhs.aqp.core.rules;

import java.util.Optional;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;

/** What a rule sees: the pack, the standard questionnaire (if it loaded) and where values were written. */
public record PackContext(Pack pack, Optional<Questionnaire> standard) {

    public Origin at(FileKind kind, String pointer) {
        return pack.sources().value(kind, pointer);
    }

    public Origin keyAt(FileKind kind, String pointer) {
        return pack.sources().key(kind, pointer);
    }
}
