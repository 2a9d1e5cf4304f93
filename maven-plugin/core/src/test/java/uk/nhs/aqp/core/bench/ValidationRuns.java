package uk.nhs.aqp.core.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.load.LoadLimits;

/**
 * Validation speed for {@link BuildBench}, in a JVM it starts with the build's flags: {@code speed
 * <fork>} validates a fork six times and prints each run and the packs a second after start-up;
 * {@code kpis <folder>} makes a fork whose first national pack has 4,000 KPIs and prints how long it
 * takes to validate, as shipped and with the size limits raised.
 */
public final class ValidationRuns {

    private ValidationRuns() {
    }

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[1]);
        switch (args[0]) {
            case "speed" -> speed(project);
            case "kpis" -> manyKpis(project);
            default -> throw new IllegalArgumentException("speed or kpis, not " + args[0]);
        }
    }

    /**
     * Validation of the whole fork again and again in one JVM, as a preview session does: the
     * first run starts the JVM's compilers, the later ones show the speed after start-up.
     */
    private static void speed(Path project) {
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidateRequest request = ValidateRequest.forProject(project);
            List<String> runs = new ArrayList<>();
            double best = Double.MAX_VALUE;
            double worst = 0;
            int packs = 0;
            for (int run = 1; run <= 6; run++) {
                long start = System.nanoTime();
                ValidationResult result = toolkit.validate(request, BuildLog.silent());
                double seconds = (System.nanoTime() - start) / 1e9;
                packs = result.packs().size() + result.localPacks().size();
                runs.add(String.format(Locale.ROOT, "%.2f s", seconds));
                if (run > 1) {
                    best = Math.min(best, seconds);
                    worst = Math.max(worst, seconds);
                }
            }
            System.out.printf(Locale.ROOT, "[bench] validation of %d packs, six runs in one JVM: %s; after start-up "
                    + "(runs 2 to 6) %.0f to %.0f packs a second%n", packs, String.join(", ", runs), packs / worst,
                    packs / best);
        }
    }

    /** One national pack with 4,000 KPIs (the first one's copies), validated cold and warm. */
    private static void manyKpis(Path project) throws IOException {
        BenchFork.create(project, 0);
        Path kpis = project.resolve("packs/national/adult-hearing/kpis.yaml");
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode root = (ObjectNode) yaml.readTree(kpis.toFile());
        ArrayNode list = (ArrayNode) root.get("kpis");
        ObjectNode first = (ObjectNode) list.get(0);
        for (int i = list.size() + 1; i <= 4000; i++) {
            list.add(first.deepCopy().put("id", String.format("AH-KPI-%04d", i)));
        }
        yaml.writeValue(kpis.toFile(), root);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidateRequest request = ValidateRequest.forProject(project);
            // as shipped, the file is refused by the 1 MiB limit before it is read; with the limits
            // raised every KPI is read and checked against the schema (which refuses more than
            // 100), which shows whether reading and checking grow faster than the KPIs
            ValidateRequest raised = request.withLimits(LoadLimits.DEFAULT.withMaxFileBytes(64L << 20).withMaxNodes(10_000_000));
            for (String run : List.of("cold", "warm", "limits raised, cold", "limits raised, warm")) {
                long start = System.nanoTime();
                ValidationResult result = toolkit.validate(run.startsWith("limits") ? raised : request, BuildLog.silent());
                System.out.printf(Locale.ROOT, "[bench] one pack with %d KPIs (and 7 others), %s: validated in %.2f s%s%n",
                        list.size(), run, (System.nanoTime() - start) / 1e9,
                        result.failed() ? " (" + result.summary() + "; first: " + result.diagnostics().get(0).format() + ")" : "");
            }
        }
    }
}
