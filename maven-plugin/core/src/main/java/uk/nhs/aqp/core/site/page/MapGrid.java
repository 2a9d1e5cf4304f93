package uk.nhs.aqp.core.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.ServiceLines;
import uk.nhs.aqp.core.site.SiteModel;

/**
 * The AQP map as data: every commissioner that is not an SHA, grouped by its strategic health
 * authority (its own, or its cluster's) and, within it, each cluster followed by its members; a
 * cell per service line with the commissioner's decision and local pack. The table and the picture
 * of the map page are both made from it.
 *
 * @param columns the eight service lines
 * @param groups one per SHA, by name, then the commissioners placed in none
 * @param counts how many cells of the whole map have each status, in the order of {@link MapStatus}
 */
public record MapGrid(List<Column> columns, List<Group> groups, Map<MapStatus, Integer> counts) {

    public MapGrid {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
        counts = Map.copyOf(counts);
    }

    /** A service line: its national pack (if the build has one) and how many commissioners chose or planned it. */
    public record Column(String serviceLine, Pack national, int chosen, int localPacks) {
    }

    /** The commissioners of one SHA; {@code sha} is null for those placed in none. */
    public record Group(Commissioner sha, List<Row> rows) {
        public String id() {
            return sha == null ? "unplaced" : sha.id();
        }
    }

    /**
     * A commissioner's row.
     *
     * @param cluster the cluster it belongs to, or null
     * @param problems the programme rules its register entry breaks
     */
    public record Row(Commissioner commissioner, Commissioner cluster, List<Cell> cells, List<Diagnostic> problems) {
        public boolean member() {
            return cluster != null;
        }
    }

    /** One commissioner's line: its status, decision (or null) and local pack (or null). */
    public record Cell(String serviceLine, MapStatus status, Decision decision, Pack local, int variations) {
        public boolean illustrative() {
            return decision != null && decision.illustrative();
        }
    }

    public int rowCount() {
        return groups.stream().mapToInt(g -> g.rows().size()).sum();
    }

    public int count(MapStatus status) {
        return counts.getOrDefault(status, 0);
    }

    static MapGrid of(SiteModel site) {
        Map<String, List<Row>> bySha = new LinkedHashMap<>();
        for (Commissioner c : site.commissioners()) {
            if ("sha".equals(c.kind())) continue;
            Commissioner cluster = Optional.ofNullable(c.cluster()).flatMap(site::commissioner).orElse(null);
            String sha = c.sha() != null ? c.sha() : cluster == null ? null : cluster.sha();
            String key = sha != null && site.commissioner(sha).isPresent() ? sha : "";
            bySha.computeIfAbsent(key, k -> new ArrayList<>()).add(row(c, cluster, site));
        }
        List<Group> groups = new ArrayList<>();
        bySha.forEach((sha, rows) -> groups.add(new Group(sha.isEmpty() ? null : site.commissioner(sha).get(),
                rows.stream().sorted(ROW_ORDER).toList())));
        groups.sort(Comparator.comparing((Group g) -> g.sha() == null)
                .thenComparing(g -> g.sha() == null ? "" : g.sha().name()));
        List<Column> columns = new ArrayList<>();
        Map<MapStatus, Integer> counts = new EnumMap<>(MapStatus.class);
        for (int i = 0; i < ServiceLines.ALL.size(); i++) {
            int column = i;
            List<Cell> cells = groups.stream().flatMap(g -> g.rows().stream()).map(r -> r.cells().get(column)).toList();
            cells.forEach(cell -> counts.merge(cell.status(), 1, Integer::sum));
            String line = ServiceLines.ALL.get(i);
            Pack national = site.national().stream().filter(p -> line.equals(p.manifest().serviceLine()))
                    .findFirst().orElse(null);
            columns.add(new Column(line, national, (int) cells.stream().filter(c -> c.decision() != null
                    && c.decision().implemented()).count(), (int) cells.stream().filter(c -> c.local() != null).count()));
        }
        return new MapGrid(columns, groups, counts);
    }

    /** Within an SHA: by cluster (a cluster's own row first, then its members), then by name. */
    private static final Comparator<Row> ROW_ORDER = Comparator
            .comparing((Row r) -> r.cluster() != null ? r.cluster().name() : r.commissioner().name())
            .thenComparing(Row::member)
            .thenComparing(r -> r.commissioner().name())
            .thenComparing(r -> r.commissioner().id());

    private static Row row(Commissioner c, Commissioner cluster, SiteModel site) {
        List<Pack> theirs = site.adoptionsBy(c.id());
        List<Cell> cells = new ArrayList<>();
        for (String line : ServiceLines.ALL) {
            Decision decision = c.decision(line).orElse(null);
            Pack local = decision != null && decision.localPack() != null
                    ? theirs.stream().filter(p -> p.id().equals(decision.localPack())).findFirst().orElse(null)
                    : theirs.stream().filter(p -> line.equals(p.manifest().serviceLine())).findFirst().orElse(null);
            cells.add(new Cell(line, MapStatus.of(c, decision, local), decision, local,
                    local == null ? 0 : local.local().get().variations().size()));
        }
        return new Row(c, cluster, cells, site.registerProblems(c));
    }
}
