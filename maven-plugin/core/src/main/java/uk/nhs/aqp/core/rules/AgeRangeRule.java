package uk.nhs.aqp.core.rules;

import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Specification.AgeRange;
import uk.nhs.aqp.core.source.FileKind;

/** {@code pack.age-range}: the minimum age is not above the maximum age. */
final class AgeRangeRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.SPECIFICATION);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        AgeRange age = context.specification().scope().eligibility().age();
        if (age.max() != null && age.min() > age.max()) {
            sink.report("pack.age-range", context.at(FileKind.SPECIFICATION, "/scope/eligibility/age/min"),
                    age.min(), age.max());
        }
    }
}
