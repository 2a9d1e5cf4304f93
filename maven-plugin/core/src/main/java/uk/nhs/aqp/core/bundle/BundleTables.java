package uk.nhs.aqp.core.bundle;

import java.util.List;

/** Every table of the bundle, in the order of the workbook's sheets and the manifest. */
final class BundleTables {

    private BundleTables() {
    }

    static List<BundleTable> all() {
        return List.of(new PacksTable(), new KpiTable(), new TariffTable(), new QualificationCriteriaTable(),
                new EligibilityTable(), new VariationTable(), new AdoptionTable(), new ComparisonTable(),
                new CommissionersTable(), new DecisionsTable(), new StocktakeTable(), new ShaReturnTable(),
                new QualificationTables.Applications(), new QualificationTables.Results(),
                new QualificationTables.Register(), new QualificationTables.Directory());
    }
}
