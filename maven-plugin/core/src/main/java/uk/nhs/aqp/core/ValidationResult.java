package uk.nhs.aqp.core;

import java.util.List;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.directory.ProviderRegister;
import uk.nhs.aqp.core.qualify.ApplicationResult;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Questionnaire;

/**
 * What a validation run found: every diagnostic, sorted, and the packs that passed every check.
 *
 * @param diagnostics every diagnostic of the run, sorted by file and position
 * @param packs the national packs whose files were all valid, bound to the model
 * @param localPacks the local packs (national pack plus adaptation) that resolved without error
 * @param standard the standard questionnaire, if it was valid
 * @param failOn the least serious severity that fails the run
 * @param register every commissioner whose commissioner.yaml was valid, with its register entry
 *     (those whose local packs failed too, and SHAs and clusters with no pack)
 * @param applications the dry run of every provider application that passed its checks
 * @param qualifiedProviders the registers of qualified providers that passed their checks, each
 *     beside a valid local pack
 */
public record ValidationResult(List<Diagnostic> diagnostics, List<Pack> packs, List<Pack> localPacks,
        Optional<Questionnaire> standard, Severity failOn, List<Commissioner> register,
        List<ApplicationResult> applications, List<ProviderRegister> qualifiedProviders) {

    public ValidationResult {
        diagnostics = List.copyOf(diagnostics);
        packs = List.copyOf(packs);
        localPacks = List.copyOf(localPacks);
        register = List.copyOf(register);
        applications = List.copyOf(applications);
        qualifiedProviders = List.copyOf(qualifiedProviders);
    }

    /** A result without provider applications or registers of qualified providers. */
    public ValidationResult(List<Diagnostic> diagnostics, List<Pack> packs, List<Pack> localPacks,
            Optional<Questionnaire> standard, Severity failOn, List<Commissioner> register) {
        this(diagnostics, packs, localPacks, standard, failOn, register, List.of(), List.of());
    }

    /** A result with no register beyond the local packs' commissioners. */
    public ValidationResult(List<Diagnostic> diagnostics, List<Pack> packs, List<Pack> localPacks,
            Optional<Questionnaire> standard, Severity failOn) {
        this(diagnostics, packs, localPacks, standard, failOn, List.of());
    }

    /** The national packs, then the local ones. */
    public List<Pack> allPacks() {
        return java.util.stream.Stream.concat(packs.stream(), localPacks.stream()).toList();
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** The diagnostics at or above {@code failOn}. */
    public long failures() {
        return diagnostics.stream().filter(d -> d.severity().atLeast(failOn)).count();
    }

    public boolean failed() {
        return failures() > 0;
    }

    /** {@code 2 errors, 1 warning}. */
    public String summary() {
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
