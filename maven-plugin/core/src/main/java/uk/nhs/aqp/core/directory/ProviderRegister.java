package uk.nhs.aqp.core.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.qualify.ApplicationResult;

/**
 * One commissioner's register of qualified providers for one service line, checked: the local pack
 * it belongs to, where it was written, and the dry-run result of each application it could read, by
 * the application's file name.
 *
 * @param file the register's project-relative path
 */
public record ProviderRegister(Pack pack, String file, QualifiedProviders register,
        Map<String, ApplicationResult> results) {

    public ProviderRegister {
        results = Map.copyOf(results);
    }

    /** The commissioner's id. */
    public String commissioner() {
        return pack.local().orElseThrow().commissioner().id();
    }

    /** The commissioner's name. */
    public String commissionerName() {
        return pack.local().orElseThrow().commissioner().name();
    }

    /** The dry run of the application an entry rests on, if the application was valid. */
    public Optional<ApplicationResult> result(QualifiedProviders.Entry entry) {
        return Optional.ofNullable(results.get(entry.application()));
    }

    /** The entries in the order written. */
    public List<QualifiedProviders.Entry> entries() {
        return register.providers();
    }

    /** The choice directory: the providers a patient can choose from, with their offers. */
    public ChoiceDirectory directory() {
        return ChoiceDirectory.of(this);
    }
}
