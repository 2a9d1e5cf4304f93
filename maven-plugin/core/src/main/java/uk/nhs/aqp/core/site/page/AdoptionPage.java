package uk.nhs.aqp.core.site.page;

import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.site.Page;
import uk.nhs.aqp.core.site.PageKind;
import uk.nhs.aqp.core.site.SiteLinks;
import uk.nhs.aqp.core.site.SiteModel;

/** The AQP map: commissioners by service lines, each cell linking to the local pack. */
final class AdoptionPage implements PageKind {

    /** A commissioner's row: one cell per national pack, the local pack or null. */
    public record Row(Commissioner commissioner, List<Cell> cells, int adopted) {
    }

    /** One cell: the national pack of the column, the commissioner's local pack of it or null, and its variations. */
    public record Cell(Pack national, Pack local, int variations) {
        static Cell of(Pack national, Pack local) {
            return new Cell(national, local, local == null ? 0 : local.local().get().variations().size());
        }
    }

    /** A column: the national pack and how many commissioners adopted it. */
    public record Column(Pack national, int adopted) {
    }

    @Override
    public List<Page> pages(SiteModel site) {
        List<Column> columns = site.national().stream()
                .map(p -> new Column(p, site.adoptions(p.id()).size())).toList();
        List<Row> rows = site.commissioners().stream().map(c -> {
            List<Pack> theirs = site.adoptionsBy(c.id());
            List<Cell> cells = site.national().stream().map(n -> Cell.of(n,
                    theirs.stream().filter(l -> l.id().equals(n.id())).findFirst().orElse(null))).toList();
            return new Row(c, cells, theirs.size());
        }).toList();
        Object fingerprint = List.of(
                columns.stream().map(c -> List.of(c.national().manifest(), c.adopted())).toList(),
                rows.stream().map(r -> List.of(r.commissioner(), r.adopted(), r.cells().stream()
                        .map(c -> c.local() == null ? "" : c.local().key() + " " + c.variations()).toList())).toList());
        return List.of(new Page(SiteLinks.ADOPTION, "adoption.ftlh", "AQP map: who adopted which service lines",
                "adoption", List.of(PageKinds.HOME), Map.of("columns", columns, "rows", rows), true, fingerprint));
    }
}
