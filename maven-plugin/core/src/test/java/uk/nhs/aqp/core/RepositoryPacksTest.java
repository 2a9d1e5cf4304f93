package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national packs in the repository pass every check with no diagnostic at all. */
class RepositoryPacksTest {

    @TempDir
    Path out;

    @Test
    void national_packs_in_the_repository_are_valid_with_no_warnings() {
        Path root = TestPaths.repositoryRoot();
        ValidateRequest request = ValidateRequest.forProject(root);
        request = new ValidateRequest(root, root.resolve("packs"), Optional.empty(), out,
                request.failOn(), request.limits());
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidationResult result = toolkit.validate(request, BuildLog.silent());
            assertEquals("", result.diagnostics().stream().map(d -> d.format() + "\n")
                    .collect(Collectors.joining()));
            assertTrue(result.packs().size() >= 2, "at least the two first packs");
            assertTrue(result.standard().isPresent());
        }
    }
}
