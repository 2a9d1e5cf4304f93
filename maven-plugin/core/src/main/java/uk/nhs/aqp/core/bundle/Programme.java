package uk.nhs.aqp.core.bundle;

import java.util.List;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;
import uk.nhs.aqp.core.directory.ProviderRegister;
import uk.nhs.aqp.core.qualify.ApplicationResult;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.register.ShaReturn;
import uk.nhs.aqp.core.register.ShaReturns;

/**
 * The programme around the packs, as the bundle carries it: the register (every commissioner with
 * its decisions and stocktake), each SHA's return, the dry runs of the provider applications and
 * the registers of qualified providers.
 *
 * @param register every commissioner of the register or with a local pack
 * @param returns one per SHA of the register
 * @param applications the dry run of every valid provider application
 * @param qualifiedProviders every valid register of qualified providers
 */
public record Programme(List<Commissioner> register, List<ShaReturn> returns, List<ApplicationResult> applications,
        List<ProviderRegister> qualifiedProviders) {

    /** No register: a bundle of packs only (its register tables have a header and no rows). */
    public static final Programme NONE = new Programme(List.of(), List.of());

    public Programme {
        register = List.copyOf(register);
        returns = List.copyOf(returns);
        applications = List.copyOf(applications);
        qualifiedProviders = List.copyOf(qualifiedProviders);
    }

    /** A register and returns, without applications or registers of qualified providers. */
    public Programme(List<Commissioner> register, List<ShaReturn> returns) {
        this(register, returns, List.of(), List.of());
    }

    /** This programme with the dry runs of the applications and the registers of qualified providers. */
    public Programme withQualification(List<ApplicationResult> results, List<ProviderRegister> registers) {
        return new Programme(register, returns, results, registers);
    }

    /** The register of a validation, with the returns its {@code register.*} diagnostics make. */
    public static Programme of(List<Commissioner> register, List<Diagnostic> diagnostics) {
        return new Programme(register, ShaReturns.of(register, diagnostics, RuleCatalog.standard()));
    }
}
