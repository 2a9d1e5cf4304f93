package uk.nhs.aqp.core.qualify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a dry run says about each pack's questionnaire and criteria, over all its applications: the
 * questions and criteria that no application answered cleanly (each failed or was missing), which
 * is the evidence for an amendment, and those some applications did not.
 */
public record DryRunSummary(List<PackSummary> packs) {

    public DryRunSummary {
        packs = List.copyOf(packs);
    }

    /**
     * One pack's applications and its questions or criteria not answered cleanly by all of them.
     *
     * @param noneClean answered cleanly by no application
     * @param someNotClean answered cleanly by some applications, not all
     */
    public record PackSummary(String packKey, String packTitle, List<ApplicationResult> applications,
            List<Unclean> noneClean, List<Unclean> someNotClean) {
        public PackSummary {
            applications = List.copyOf(applications);
            noneClean = List.copyOf(noneClean);
            someNotClean = List.copyOf(someNotClean);
        }
    }

    /**
     * A question or criterion and how the applications fell short of it.
     *
     * @param outcomes how many applications had each outcome that is not clean (fail, missing)
     * @param reasons each application's provider id and reason, in provider order
     */
    public record Unclean(String part, String id, String text, int applications, int clean,
            Map<String, Integer> outcomes, List<String> reasons) {
        public Unclean {
            outcomes = Map.copyOf(outcomes);
            reasons = List.copyOf(reasons);
        }
    }

    /** Groups the results by pack (in key order) and counts, for each question and criterion, the clean answers. */
    public static DryRunSummary of(List<ApplicationResult> results) {
        Map<String, List<ApplicationResult>> byPack = new TreeMap<>();
        for (ApplicationResult r : results) {
            byPack.computeIfAbsent(r.packKey(), k -> new ArrayList<>()).add(r);
        }
        List<PackSummary> packs = new ArrayList<>();
        byPack.forEach((key, list) -> {
            list.sort((a, b) -> a.application().provider().id().compareTo(b.application().provider().id()));
            List<Unclean> none = new ArrayList<>();
            List<Unclean> some = new ArrayList<>();
            Map<String, List<Finding>> byItem = new LinkedHashMap<>();
            for (ApplicationResult r : list) {
                java.util.stream.Stream.concat(r.questions().stream(), r.criteria().stream())
                        .forEach(f -> byItem.computeIfAbsent(f.part() + " " + f.id(), k -> new ArrayList<>()).add(f));
            }
            for (List<Finding> findings : byItem.values()) {
                int clean = (int) findings.stream().filter(f -> f.outcome().clean()).count();
                if (clean == findings.size()) continue;
                Map<String, Integer> outcomes = new TreeMap<>();
                List<String> reasons = new ArrayList<>();
                for (int i = 0; i < findings.size(); i++) {
                    Finding f = findings.get(i);
                    if (!f.outcome().clean()) {
                        outcomes.merge(f.outcome().value(), 1, Integer::sum);
                        reasons.add(list.get(i).application().provider().id() + ": " + f.reason());
                    }
                }
                Finding first = findings.get(0);
                Unclean u = new Unclean(first.part(), first.id(), first.text(), findings.size(), clean, outcomes, reasons);
                (clean == 0 ? none : some).add(u);
            }
            packs.add(new PackSummary(key, list.get(0).packTitle(), list, none, some));
        });
        return new DryRunSummary(packs);
    }
}
