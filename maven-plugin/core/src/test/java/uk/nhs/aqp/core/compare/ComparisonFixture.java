package uk.nhs.aqp.core.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;

/**
 * A project with the demo pack of the fixture cases and local versions of it that change its
 * prices and age bounds, validated: the packs the comparison tests put side by side.
 */
public final class ComparisonFixture {

    private ComparisonFixture() {
    }

    /** Adds a commissioner with a local version of the demo pack that applies {@code changes} (YAML list items). */
    public static void local(Path project, String id, String name, String changes) throws IOException {
        Path folder = project.resolve("packs/local/" + id);
        Files.createDirectories(folder.resolve("demo"));
        Files.writeString(folder.resolve("commissioner.yaml"), "id: " + id + "\nname: " + name
                + "\norganisationCode: 99X\nregion: north-east\nkind: ccg\n");
        Files.writeString(folder.resolve("demo/adaptation.yaml"), "base:\n  pack: demo\n  version: 1.1.0\nchanges:"
                + (changes.isBlank() ? " []\n" : "\n" + changes));
    }

    /** A change of the standard episode's price (national £44.00). */
    public static String price(String amount) {
        return "  - op: set\n    target: currency/tariffs/DM-T-01/price\n    value: " + amount
                + "\n    was: 44.00\n    rationale: Local costs.\n";
    }

    /** A change of the maximum age (national 99). */
    public static String maxAge(int age) {
        return "  - op: set\n    target: specification/scope/eligibility/age/max\n    value: " + age
                + "\n    was: 99\n    rationale: Local pathway.\n";
    }

    /**
     * The demo pack and four local versions: A at £40.00, B unchanged, C at £50.01 with a maximum
     * age of 80, D at £50.02; validated without errors.
     */
    public static ValidationResult fourVersions(Path dir) throws IOException {
        Path project = base(dir);
        local(project, "ccg-a", "NHS A CCG", price("40.00"));
        local(project, "ccg-b", "NHS B CCG", "");
        local(project, "ccg-c", "NHS C CCG", price("50.01") + maxAge(80));
        local(project, "ccg-d", "NHS D CCG", price("50.02"));
        return validate(project);
    }

    /** A project with the fixture cases' base packs and no local pack. */
    public static Path base(Path dir) throws IOException {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), dir.resolve("packs"));
        return dir;
    }

    public static ValidationResult validate(Path project) {
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidationResult v = toolkit.check(ValidateRequest.forProject(project), BuildLog.silent());
            assertFalse(v.failed(), () -> v.diagnostics().toString());
            return v;
        }
    }
}
