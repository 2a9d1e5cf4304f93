package uk.nhs.aqp.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;

/**
 * {@code pack.duplicate-id}: every list item id is unique across the whole pack, because
 * adaptations, cross-references and the bundle address items by id. Reads every file that passed
 * its schema; a broken file is left out until it is fixed.
 */
final class UniqueIdsRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of();
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        Map<String, Origin> seen = new HashMap<>();
        if (context.has(FileKind.KPIS)) {
            scan(context, sink, seen, FileKind.KPIS, "/kpis", context.kpis().kpis(), k -> k.id());
        }
        if (context.has(FileKind.SPECIFICATION)) {
            Specification s = context.specification();
            scan(context, sink, seen, FileKind.SPECIFICATION, "/outcomes/measures", s.outcomes().measures(), m -> m.id());
            scan(context, sink, seen, FileKind.SPECIFICATION, "/scope/components", s.scope().components(), c -> c.id());
            scan(context, sink, seen, FileKind.SPECIFICATION, "/scope/exclusions", s.scope().exclusions(), e -> e.id());
            scan(context, sink, seen, FileKind.SPECIFICATION, "/qualityRequirements", s.qualityRequirements(),
                    q -> q.id());
        }
        if (context.has(FileKind.CURRENCY)) {
            CurrencyModel c = context.currency();
            scan(context, sink, seen, FileKind.CURRENCY, "/currencies", c.currencies(), x -> x.id());
            scan(context, sink, seen, FileKind.CURRENCY, "/tariffs", c.tariffs(), t -> t.id());
        }
        if (context.has(FileKind.QUALIFICATION)) {
            scan(context, sink, seen, FileKind.QUALIFICATION, "/criteria", context.qualification().criteria(),
                    c -> c.id());
            scan(context, sink, seen, FileKind.QUALIFICATION, "/amendments", context.qualification().amendments(),
                    a -> a.id());
        }
        if (context.has(FileKind.PATIENT_CHOICE)) {
            scan(context, sink, seen, FileKind.PATIENT_CHOICE, "/items", context.patientChoice().items(), i -> i.id());
        }
    }

    private static <T> void scan(PackContext context, DiagnosticSink sink, Map<String, Origin> seen,
            FileKind kind, String listPointer, List<T> items, Function<T, String> id) {
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Origin here = context.at(kind, listPointer + "/" + i + "/id");
            Origin first = seen.putIfAbsent(value, here);
            if (first != null) {
                sink.report("pack.duplicate-id", here, value, first.location());
            }
        }
    }
}
