package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertFalse;

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
        int generated = COMMISSIONERS * 8;
        Path withLocal = uk.nhs.aqp.core.bench.BenchFork.create(work.resolve("with-local"), generated);
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
        return SiteFixture.frontend(TestPaths.benchFolder("bench-frontend-"));
    }

    private static Path copyNational(Path project) throws IOException {
        Path packs = TestPaths.repositoryRoot().resolve("packs");
        TestPaths.copyTree(packs.resolve("national"), project.resolve("packs/national"));
        TestPaths.copyTree(packs.resolve("standard"), project.resolve("packs/standard"));
        return project;
    }
}
