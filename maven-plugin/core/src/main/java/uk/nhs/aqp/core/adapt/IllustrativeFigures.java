package uk.nhs.aqp.core.adapt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.Money;
import uk.nhs.aqp.core.model.PartialPack;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.rules.EvidenceMark;
import uk.nhs.aqp.core.rules.EvidenceMarks;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.SourceMap;
import uk.nhs.aqp.core.source.YamlDocument;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * {@code adapt.illustrative-figure} (warning): a local pack publishes a national price marked
 * illustrative unchanged (same value, same marking), though the programme leaves the price to the
 * commissioner and the national pack tells commissioners to replace every illustrative figure; one
 * warning per price, naming it and its value, at the adaptation's base. The other illustrative
 * figures it keeps (KPI targets, waits, ages) are named together in one warning,
 * {@code adapt.illustrative-figures}, so that the count stays readable: an adoption that keeps the
 * national targets and waits is common. An entry of the adaptation's
 * {@code accepts} list silences it for one price; an entry that names no such price is
 * {@code adapt.accept-unknown} (warning).
 */
public final class IllustrativeFigures {

    private static final String PRICES = "currency/tariffs/";

    private final Vocabulary words = Vocabulary.standard();

    /** Checks the resolved local pack {@code resolved} of {@code adaptation} against its {@code national} pack. */
    public void check(YamlDocument adaptation, PartialPack national, PartialPack resolved, DiagnosticSink sink) {
        if (!resolved.has(FileKind.CURRENCY)) {
            return; // the resolved currency broke its schema, which is reported as an error already
        }
        Map<String, String> accepted = new LinkedHashMap<>();
        var accepts = adaptation.root().path("accepts");
        for (int i = 0; i < accepts.size(); i++) {
            accepted.put(accepts.get(i).path("target").asText(), "/accepts/" + i);
        }
        Map<String, EvidenceMark> nationalFigures = new LinkedHashMap<>();
        for (EvidenceMark m : EvidenceMarks.figures(national)) {
            if (m.evidence().illustrative()) nationalFigures.put(m.target(), m);
        }
        SourceMap at = adaptation.sources();
        List<EvidenceMark> local = EvidenceMarks.figures(resolved);
        List<String> others = new java.util.ArrayList<>();
        for (EvidenceMark m : local) {
            EvidenceMark n = nationalFigures.get(m.target());
            boolean unchanged = n != null && n.evidence().equals(m.evidence()) && Objects.equals(n.value(), m.value());
            if (unchanged && accepted.remove(m.target()) == null) {
                if (m.target().startsWith(PRICES)) {
                    sink.report("adapt.illustrative-figure", at.key("/base"), m.name(), display(m.value()), m.target());
                } else {
                    others.add(m.name() + " (" + display(m.value()) + ")");
                }
            }
        }
        if (!others.isEmpty()) {
            sink.report("adapt.illustrative-figures", at.key("/base"), others.size(), String.join("; ", others));
        }
        accepted.forEach((target, pointer) -> sink.report("adapt.accept-unknown", at.value(pointer + "/target"), target));
    }

    private String display(Object value) {
        if (value instanceof Money money) return money.display();
        if (value instanceof KpiSchedule.Target target) return words.target(target);
        if (value instanceof Specification.AgeRange age) return words.age(age);
        if (value instanceof Specification.Duration duration) return words.duration(duration);
        return String.valueOf(value);
    }
}
