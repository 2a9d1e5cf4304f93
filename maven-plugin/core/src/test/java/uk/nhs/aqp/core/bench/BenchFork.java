package uk.nhs.aqp.core.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import uk.nhs.aqp.core.TestPaths;

/**
 * A generated fork for benchmarks: the repository's standard questionnaire and eight national
 * packs, and any number of local packs, each a commissioner's adaptation of one national pack that
 * changes its first KPI's target and the specification's period (commissioner after commissioner,
 * eight packs each, as in 2013 when most clusters took up several service lines).
 */
public final class BenchFork {

    private static final YAMLMapper YAML = new YAMLMapper();

    private BenchFork() {
    }

    /** Copies the national packs into {@code project/packs} and generates {@code localPacks} adaptations. */
    public static Path create(Path project, int localPacks) throws IOException {
        return create(project, localPacks, name -> true);
    }

    /**
     * As {@link #create(Path, int)}, with the adaptations spread over the national packs whose
     * folder name {@code adapted} accepts (one pack: every commissioner adapts that one).
     */
    public static Path create(Path project, int localPacks, Predicate<String> adapted) throws IOException {
        Path packs = TestPaths.repositoryRoot().resolve("packs");
        TestPaths.copyTree(packs.resolve("national"), project.resolve("packs/national"));
        TestPaths.copyTree(packs.resolve("standard"), project.resolve("packs/standard"));
        List<Path> national;
        try (var list = Files.list(project.resolve("packs/national"))) {
            national = list.filter(p -> adapted.test(p.getFileName().toString())).sorted().toList();
        }
        for (int n = 0; n < localPacks; n++) {
            int c = n / national.size() + 1;
            String id = String.format("bench-ccg-%04d", c);
            Path folder = Files.createDirectories(project.resolve("packs/local/" + id));
            if (n % national.size() == 0) {
                Files.writeString(folder.resolve("commissioner.yaml"), "id: " + id + "\nname: NHS Bench CCG " + c
                        + "\norganisationCode: " + String.format("B%04d", c) + "\nregion: london\nkind: ccg\n");
            }
            Path pack = national.get(n % national.size());
            Path file = Files.createDirectories(folder.resolve(pack.getFileName().toString())).resolve("adaptation.yaml");
            Files.writeString(file, adaptation(pack, c));
        }
        return project;
    }

    /** The first adaptation of the fork (of the first commissioner), for "one local change" runs. */
    public static Path firstAdaptation(Path project) throws IOException {
        try (var list = Files.walk(project.resolve("packs/local"))) {
            return list.filter(p -> p.getFileName().toString().equals("adaptation.yaml")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    private static String adaptation(Path pack, int c) throws IOException {
        JsonNode manifest = YAML.readTree(pack.resolve("pack.yaml").toFile());
        JsonNode kpi = YAML.readTree(pack.resolve("kpis.yaml").toFile()).at("/kpis/0");
        JsonNode period = YAML.readTree(pack.resolve("specification.yaml").toFile()).at("/header/period");
        String target = kpi.at("/target/value").decimalValue().toPlainString();
        return "base:\n  pack: " + pack.getFileName() + "\n  version: " + manifest.get("version").asText()
                + "\nsummary:\n  - Generated for the benchmark.\nchanges:\n"
                + "  - op: set\n    target: kpis/kpis/" + kpi.get("id").asText() + "/target/value\n"
                + "    value: " + Math.max(1, Integer.parseInt(target.replaceAll("\\..*", "")) - c % 10) + "\n"
                + "    was: " + target + "\n    rationale: Local capacity in year one.\n"
                + "  - op: set\n    target: specification/header/period\n    value: 2013 to 2016\n"
                + "    was: " + YAML.writeValueAsString(period.asText()).substring(4).trim() + "\n"
                + "    rationale: The local contract runs for three years.\n";
    }
}
