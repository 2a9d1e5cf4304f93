package uk.nhs.aqp.core.bundle;

import java.util.List;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.register.ShaReturn;
import uk.nhs.aqp.core.register.ShaReturns;

/**
 * The programme around the packs, as the bundle carries it: the register (every commissioner with
 * its decisions and stocktake) and each SHA's return.
 *
 * @param register every commissioner of the register or with a local pack
 * @param returns one per SHA of the register
 */
public record Programme(List<Commissioner> register, List<ShaReturn> returns) {

    /** No register: a bundle of packs only (its register tables have a header and no rows). */
    public static final Programme NONE = new Programme(List.of(), List.of());

    public Programme {
        register = List.copyOf(register);
        returns = List.copyOf(returns);
    }

    /** The register of a validation, with the returns its {@code register.*} diagnostics make. */
    public static Programme of(List<Commissioner> register, List<Diagnostic> diagnostics) {
        return new Programme(register, ShaReturns.of(register, diagnostics, RuleCatalog.standard()));
    }
}
