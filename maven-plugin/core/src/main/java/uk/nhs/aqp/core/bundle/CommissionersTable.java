package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.DATE;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.Comparator;
import java.util.List;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Locality;

/**
 * {@code tables/commissioners.csv}: the programme register, one row per commissioner (SHAs and
 * clusters too), the table that {@code decisions}, {@code stocktake} and {@code sha_returns} refer to.
 */
final class CommissionersTable implements ProgrammeTable {

    static final String NAME = "commissioners";
    static final Column ID = Column.required("commissioner", STRING,
            "The commissioner's id: its folder under packs/local/.");

    @Override
    public Table table(List<BundledPack> packs, Programme programme) {
        Table.Builder t = new Table.Builder(NAME, "Commissioners",
                "One row per commissioner of the programme register: its kind, strategic health authority, cluster "
                        + "and localities, and when it notified its SHA of its choices for 2012/13.")
                .columns(ID,
                        Column.required("name", STRING, "The commissioner's name."),
                        Column.required("kind", STRING, "sha, pct-cluster, pct, ccg, csu or icb.")
                                .allowing("sha", "pct-cluster", "pct", "ccg", "csu", "icb"),
                        Column.optional("organisation_code", STRING, "Its ODS organisation code."),
                        Column.optional("region", STRING, "The region it is in."),
                        Column.optional("sha", STRING, "The id of the strategic health authority it reports to."),
                        Column.optional("cluster", STRING, "The id of the PCT cluster it belongs to."),
                        Column.optional("localities", STRING,
                                "The ids of the localities it serves (what decisions name), separated by '; '."),
                        Column.optional("locality_names", STRING, "The names of those localities, in the same "
                                + "order, separated by '; ' (a locality given no name appears by its id)."),
                        Column.optional("notified", DATE,
                                "When it notified its SHA of its choices for 2012/13 (the programme's deadline was "
                                        + "31 October 2011)."))
                .primaryKey(ID.name());
        for (Commissioner c : programme.register().stream().sorted(Comparator.comparing(Commissioner::id)).toList()) {
            t.row(c.id(), c.name(), c.kind(), c.organisationCode(), c.region(), c.sha(), c.cluster(),
                    joined(Locality.ids(c.localities())),
                    joined(c.localities().stream().map(Locality::shown).toList()), c.notified());
        }
        return t.build();
    }

    /** A list as one cell, items separated by {@code "; "}; empty for none. */
    static String joined(List<String> items) {
        return items.isEmpty() ? null : String.join("; ", items);
    }
}
