package uk.nhs.aqp.core.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.render.warm.WarmConverters;

/**
 * Benchmark, not a test: generates a fork with the eight national packs and N local packs and
 * builds it as {@code ./mvnw package} would (validate, render, bundle, site), each build in a JVM
 * of its own: cold (empty render cache), again with no change, after changing one local
 * adaptation, and after changing one national KPI target. Prints wall time, documents converted,
 * cache hits and peak RSS of each, the ratios to the cold build, validation speed, and the time to
 * validate one pack with 4,000 KPIs (these two in a JVM with the build's flags too, {@link ValidationRuns}). Run it with
 * {@code ./mvnw -Pbench -pl maven-plugin/core test-compile exec:exec} ({@code -Daqp.bench.locals=21,1000},
 * {@code -Daqp.bench.formats=pdf}, {@code html} or {@code none} for validation, bundle and site alone); see the README's performance section.
 */
public final class BuildBench {

    private BuildBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String n : (args.length > 0 ? args[0] : "21").split(",")) {
            sizes.add(Integer.parseInt(n.trim()));
        }
        String formats = args.length > 1 ? args[1] : "pdf";
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        List<String> jvm = args.length > 3 && !args[3].isBlank() ? List.of(args[3].trim().split("\\s+")) : List.of();
        Path work = TestPaths.benchFolder("bench-build-");
        Path npm = Path.of(System.getProperty("user.home"), ".cache/aqp-toolkit/npm");
        System.out.printf("[bench] %d cores, formats %s, %d threads, child JVM flags %s, work folder %s%n",
                Runtime.getRuntime().availableProcessors(), formats, threads, jvm, work);
        System.out.println("[bench] documents convert as ./mvnw package converts them outside CI, through the warm "
                + "converter kept between builds, unless the child JVM flags hold -Daqp.bench.converter=in-build");
        for (int n : sizes) {
            Path project = BenchFork.create(work.resolve("fork-" + n), n);
            Path cache = work.resolve("cache-" + n);
            Map<String, Map<String, Long>> runs = new LinkedHashMap<>();
            runs.put("cold", build(project, cache, formats, threads, npm, jvm));
            runs.put("no change", build(project, cache, formats, threads, npm, jvm));
            if (n > 0) {
                changeLocal(project);
                runs.put("one local adaptation changed", build(project, cache, formats, threads, npm, jvm));
            }
            changeNational(project);
            runs.put("one national KPI target changed", build(project, cache, formats, threads, npm, jvm));
            report(n, formats, runs);
            WarmConverters.stop(project.resolve("target/aqp/converter"));
            validation("speed", project, jvm);
        }
        validation("kpis", work.resolve("kpis-4000"), jvm);
    }

    private static Map<String, Long> build(Path project, Path cache, String formats, int threads, Path npm,
            List<String> jvm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-Daqp.repository.root=" + TestPaths.repositoryRoot());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildOnce.class.getName(),
                project.toString(), cache.toString(), formats, String.valueOf(threads), npm.toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else {
                    output.add(line);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the build failed:\n" + String.join("\n", output));
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("wall", (System.nanoTime() - start) / 1_000_000);
        Matcher m = Pattern.compile("(\\w+)=(-?\\d+)").matcher(result);
        while (m.find()) {
            figures.put(m.group(1), Long.parseLong(m.group(2)));
        }
        System.out.printf(Locale.ROOT, "[bench] (build done in %.1f s: %s)%n", figures.get("wall") / 1e3, result.substring(7));
        return figures;
    }

    private static void report(int n, String formats, Map<String, Map<String, Long>> runs) {
        long cold = runs.get("cold").get("wall");
        System.out.printf("%n[bench] 8 national + %d local packs, %s:%n", n, formats);
        System.out.printf("[bench] %-33s %9s %9s %7s %8s %8s %8s %9s %7s %13s %9s%n", "build", "wall", "validate",
                "render", "bundle", "site", "converted", "cache hits", "RSS MB", "converter MB", "vs cold");
        runs.forEach((name, f) -> System.out.printf(Locale.ROOT,
                "[bench] %-33s %8.1fs %8.1fs %6.1fs %7.1fs %7.1fs %9d %10d %7d %13d %8.1fx%n", name, f.get("wall") / 1e3,
                f.get("validate") / 1e3, f.get("render") / 1e3, f.get("bundle") / 1e3, f.get("site") / 1e3,
                f.get("converted"), f.get("cached"), f.get("rss") / 1024, f.get("converterRss") / 1024,
                (double) cold / f.get("wall")));
    }

    /**
     * Validation speed in a JVM of its own with the build's flags ({@link ValidationRuns}), its lines
     * passed through: the Maven JVM a build or a preview session validates in stops its JIT at C1.
     */
    private static void validation(String what, Path project, List<String> jvm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-Daqp.repository.root=" + TestPaths.repositoryRoot());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ValidationRuns.class.getName(), what,
                project.toString()));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the validation runs failed (" + what + ", " + project + ")");
        }
    }

    /** The first adaptation's KPI target moves by one. */
    private static void changeLocal(Path project) throws IOException {
        Path file = BenchFork.firstAdaptation(project);
        String text = Files.readString(file);
        Matcher m = Pattern.compile("(?m)^    value: (\\d+)$").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no KPI target in " + file);
        }
        int value = Integer.parseInt(m.group(1));
        Files.writeString(file, text.substring(0, m.start(1)) + (value > 1 ? value - 1 : value + 1) + text.substring(m.end(1)));
    }

    /** The second KPI of the first national pack (no local pack overrides it) moves by one. */
    private static void changeNational(Path project) throws IOException {
        Path file = project.resolve("packs/national/adult-hearing/kpis.yaml");
        String text = Files.readString(file);
        Matcher m = Pattern.compile("(?m)^    target:\\n      value: (\\d+)$").matcher(text);
        if (!m.find() || !m.find()) {
            throw new IllegalStateException("no second KPI target in " + file);
        }
        int value = Integer.parseInt(m.group(1));
        Files.writeString(file, text.substring(0, m.start(1)) + (value > 1 ? value - 1 : value + 1) + text.substring(m.end(1)));
    }
}
