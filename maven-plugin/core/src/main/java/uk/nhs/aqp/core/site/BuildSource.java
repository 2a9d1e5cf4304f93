package uk.nhs.aqp.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * What a site was built from, for its quality report: the project's git commit and the date it was
 * committed, and whether tracked files had changes not yet committed. Asked of {@code git} only when
 * the project folder itself holds {@code .git} (a folder inside a bigger repository is not
 * described by that repository); empty when git is missing, slow or says nothing. The commit, not
 * the clock, dates the build, so the same commit gives the same page.
 */
final class BuildSource {

    private static final long TIMEOUT_SECONDS = 10;

    private BuildSource() {
    }

    /** E.g. {@code commit 449dc95 of 28 November 2026, with changes not yet committed}. */
    static Optional<String> describe(Path projectRoot) {
        if (!Files.exists(projectRoot.resolve(".git"))) {
            return Optional.empty();
        }
        Optional<String> head = git(projectRoot, "log", "-1", "--format=%h %cs");
        if (head.isEmpty() || !head.get().matches("[0-9a-f]{4,40} \\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        String[] parts = head.get().split(" ");
        String text = "commit " + parts[0] + " of " + Vocabulary.standard().date(LocalDate.parse(parts[1]));
        boolean changed = git(projectRoot, "status", "--porcelain", "--untracked-files=no")
                .map(s -> !s.isBlank()).orElse(false);
        return Optional.of(changed ? text + ", with changes not yet committed" : text);
    }

    private static Optional<String> git(Path folder, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
