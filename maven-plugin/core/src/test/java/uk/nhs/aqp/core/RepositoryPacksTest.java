package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packs in the repository pass every check with no diagnostic but one: the illustrative coast
 * cluster of the programme register leaves a locality without a service, on purpose, so that the
 * AQP map shows a broken rule.
 */
class RepositoryPacksTest {

    @TempDir
    Path out;

    @Test
    void packs_in_the_repository_are_valid_with_only_the_intended_register_warning() {
        Path root = TestPaths.repositoryRoot();
        ValidateRequest request = ValidateRequest.forProject(root);
        request = new ValidateRequest(root, root.resolve("packs"), Optional.empty(), out,
                request.failOn(), request.limits());
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidationResult result = toolkit.validate(request, BuildLog.silent());
            assertEquals("packs/local/example-coast-cluster/commissioner.yaml:10:38: warning: [register.free-zone] "
                    + "/localities/2: locality 'islands' of Example Coast PCT Cluster (illustrative) has no service "
                    + "chosen, planned or offered as an alternative; the programme allows no AQP free zones\n",
                    result.diagnostics().stream().map(d -> d.format() + "\n").collect(Collectors.joining()));
            assertTrue(result.packs().size() >= 2, "at least the two first packs");
            assertTrue(result.standard().isPresent());
        }
    }
}
