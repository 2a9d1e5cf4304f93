package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;

/**
 * Benchmark, not a test (run with {@code ./mvnw -Pbench -pl maven-plugin/core -am test}): prints how
 * long the site takes for the eight national packs, and for the same with 200 generated local
 * adaptations (25 commissioners, each adapting all eight), cold and warm, and for a preview
 * rebuild after one adaptation changed. Asserts nothing about time.
 */
class SiteBench {

    private static final int COMMISSIONERS = 25;
    private static final int WARM_RUNS = 3;

    @TempDir
    Path work;

    @Test
    void site_build_times() throws IOException {
        Path national = copyNational(work.resolve("national"));
        Path withLocal = copyNational(work.resolve("with-local"));
        int generated = generateAdaptations(withLocal);
        FrontendSource frontend = frontend();
        System.out.println("[bench] frontend: " + frontend.pack().name() + " " + frontend.pack().version());
        measure("8 national packs", national, frontend);
        measure("8 national packs + " + generated + " local packs", withLocal, frontend);
    }

    private void measure(String label, Path project, FrontendSource frontend) throws IOException {
        SiteRequest request = new SiteRequest(ValidateRequest.forProject(project), project.resolve("target/site"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), frontend);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            long t0 = System.nanoTime();
            ValidationResult validation = toolkit.validate(request.validation(), BuildLog.silent());
            long validated = System.nanoTime();
            assertFalse(validation.failed(), validation.diagnostics().toString());
            SiteResult cold = toolkit.site(request, validation, BuildLog.silent());
            long built = System.nanoTime();
            assertFalse(cold.failed(), cold.diagnostics().toString());
            System.out.printf("[bench] %s: validate %d ms, site cold %d ms (%d pages; %s)%n", label,
                    ms(validated - t0), ms(built - validated), cold.pages(), cold.stages().summary());
            List<Long> warm = new ArrayList<>();
            SiteResult last = cold;
            for (int i = 0; i < WARM_RUNS; i++) {
                long start = System.nanoTime();
                last = toolkit.site(request, validation, BuildLog.silent());
                warm.add(ms(System.nanoTime() - start));
            }
            System.out.printf("[bench] %s: site warm %s ms (same engine, pages unchanged are reused; %s)%n", label,
                    warm, last.stages().summary());
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static FrontendSource frontend() throws IOException {
        Path cache = Path.of(System.getProperty("user.home"), ".cache/aqp-toolkit/npm");
        if (Files.isRegularFile(cache.resolve(NpmPackage.NHSUK_FRONTEND.tarballName()))) {
            return new FrontendSource(NpmPackage.NHSUK_FRONTEND, cache, true);
        }
        return SiteFixture.frontend(Files.createTempDirectory("bench-frontend"));
    }

    private static Path copyNational(Path project) throws IOException {
        Path packs = TestPaths.repositoryRoot().resolve("packs");
        TestPaths.copyTree(packs.resolve("national"), project.resolve("packs/national"));
        TestPaths.copyTree(packs.resolve("standard"), project.resolve("packs/standard"));
        return project;
    }

    /** Every commissioner adapts every national pack: its first KPI's target, and the specification's period. */
    private static int generateAdaptations(Path project) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        int count = 0;
        List<Path> packs;
        try (var list = Files.list(project.resolve("packs/national"))) {
            packs = list.sorted().toList();
        }
        for (int c = 1; c <= COMMISSIONERS; c++) {
            String id = String.format("bench-ccg-%02d", c);
            Path folder = Files.createDirectories(project.resolve("packs/local/" + id));
            Files.writeString(folder.resolve("commissioner.yaml"), "id: " + id + "\nname: NHS Bench CCG " + c
                    + "\norganisationCode: " + String.format("B%02dX", c) + "\nregion: london\nkind: ccg\n");
            for (Path pack : packs) {
                JsonNode manifest = yaml.readTree(pack.resolve("pack.yaml").toFile());
                JsonNode kpi = yaml.readTree(pack.resolve("kpis.yaml").toFile()).at("/kpis/0");
                JsonNode period = yaml.readTree(pack.resolve("specification.yaml").toFile()).at("/header/period");
                String target = kpi.at("/target/value").decimalValue().toPlainString();
                String adaptation = "base:\n  pack: " + pack.getFileName() + "\n  version: " + manifest.get("version").asText()
                        + "\nsummary:\n  - Generated for the site benchmark.\nchanges:\n"
                        + "  - op: set\n    target: kpis/kpis/" + kpi.get("id").asText() + "/target/value\n"
                        + "    value: " + Math.max(1, Integer.parseInt(target.replaceAll("\\..*", "")) - c % 10) + "\n"
                        + "    was: " + target + "\n    rationale: Local capacity in year one.\n"
                        + "  - op: set\n    target: specification/header/period\n    value: 2013 to 2016\n"
                        + "    was: " + yaml.writeValueAsString(period.asText()).substring(4).trim() + "\n"
                        + "    rationale: The local contract runs for three years.\n";
                Path file = Files.createDirectories(folder.resolve(pack.getFileName().toString())).resolve("adaptation.yaml");
                Files.writeString(file, adaptation);
                count++;
            }
        }
        return count;
    }
}
