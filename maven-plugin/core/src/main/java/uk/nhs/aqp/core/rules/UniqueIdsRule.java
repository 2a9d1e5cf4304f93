package uk.nhs.aqp.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;

/**
 * {@code pack.duplicate-id}: every list item id is unique across the whole pack, because
 * adaptations, cross-references and the bundle address items by id.
 */
final class UniqueIdsRule implements PackRule {

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        Pack p = context.pack();
        Map<String, Origin> seen = new HashMap<>();
        scan(context, sink, seen, FileKind.KPIS, "/kpis", p.kpis().kpis(), k -> k.id());
        scan(context, sink, seen, FileKind.SPECIFICATION, "/outcomes/measures",
                p.specification().outcomes().measures(), m -> m.id());
        scan(context, sink, seen, FileKind.SPECIFICATION, "/scope/components",
                p.specification().scope().components(), c -> c.id());
        scan(context, sink, seen, FileKind.SPECIFICATION, "/scope/exclusions",
                p.specification().scope().exclusions(), e -> e.id());
        scan(context, sink, seen, FileKind.SPECIFICATION, "/qualityRequirements",
                p.specification().qualityRequirements(), q -> q.id());
        scan(context, sink, seen, FileKind.CURRENCY, "/currencies", p.currency().currencies(), c -> c.id());
        scan(context, sink, seen, FileKind.CURRENCY, "/tariffs", p.currency().tariffs(), t -> t.id());
        scan(context, sink, seen, FileKind.QUALIFICATION, "/criteria", p.qualification().criteria(), c -> c.id());
        scan(context, sink, seen, FileKind.QUALIFICATION, "/amendments",
                p.qualification().amendments(), a -> a.id());
        scan(context, sink, seen, FileKind.PATIENT_CHOICE, "/items", p.patientChoice().items(), i -> i.id());
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
