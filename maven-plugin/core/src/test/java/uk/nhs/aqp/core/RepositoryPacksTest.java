package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packs in the repository pass every check with no error, and warn only where expected: the
 * national packs with no diagnostic at all, the local packs only of the illustrative national prices
 * they publish unchanged ({@code adapt.illustrative-figure}; the reference gives none of the local
 * prices, so none is accepted), and the illustrative coast cluster of the programme register,
 * which leaves a locality without a service on purpose so that the AQP map shows a broken rule.
 * The expected list is {@code repository-expected-diagnostics.txt}.
 */
class RepositoryPacksTest {

    @TempDir
    Path out;

    @Test
    void packs_in_the_repository_are_valid_and_warn_only_of_illustrative_prices_kept_locally() throws IOException {
        Path root = TestPaths.repositoryRoot();
        ValidateRequest request = ValidateRequest.forProject(root);
        request = new ValidateRequest(root, root.resolve("packs"), Optional.empty(), out,
                request.failOn(), request.limits());
        String expected;
        try (var in = RepositoryPacksTest.class.getResourceAsStream("/repository-expected-diagnostics.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidationResult result = toolkit.validate(request, BuildLog.silent());
            String actual = result.diagnostics().stream().map(d -> d.format() + "\n").collect(Collectors.joining());
            assertEquals(expected, actual);
            assertTrue(result.diagnostics().stream().allMatch(d -> d.ruleId().equals("adapt.illustrative-figure")
                    || d.ruleId().equals("register.free-zone") || d.ruleId().equals("adapt.local-completion")
                    || d.ruleId().equals("adapt.illustrative-figures")),
                    "only the expected kinds of warning");
            assertTrue(result.packs().size() >= 2, "at least the two first packs");
            assertTrue(result.standard().isPresent());
        }
    }
}
