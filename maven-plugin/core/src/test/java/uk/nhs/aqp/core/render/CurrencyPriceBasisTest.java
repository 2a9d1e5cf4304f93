package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;

/**
 * The currency document of every pack in the repository states one price basis: each "at ...
 * prices" it says names the pack's price basis year, and no price is called confirmed from another
 * year (a figure from a later year is shown as a later benchmark with its year).
 */
class CurrencyPriceBasisTest {

    private static final Pattern AT_PRICES = Pattern.compile("\\bat (\\S+) prices\\b");

    @TempDir
    Path reports;

    @TestFactory
    Stream<DynamicTest> the_currency_document_of_every_pack_states_one_price_basis() {
        Path root = TestPaths.repositoryRoot();
        ValidateRequest request = ValidateRequest.forProject(root);
        request = new ValidateRequest(root, root.resolve("packs"), Optional.empty(), reports, request.failOn(),
                request.limits());
        ValidationResult validated = RenderFixture.toolkit().validate(request, BuildLog.silent());
        AdocRenderer renderer = new AdocRenderer(TemplateSet.of(Optional.empty(), new ProjectPaths(root)));
        List<Pack> packs = new ArrayList<>(validated.packs());
        packs.addAll(validated.localPacks());
        assertTrue(packs.size() >= 8, "the repository's packs were read");
        return packs.stream().map(pack -> DynamicTest.dynamicTest(name(pack), () -> {
            DiagnosticSink sink = new DiagnosticSink();
            String adoc = renderer.render(DocumentKind.CURRENCY_AND_TARIFF.template(),
                    TemplateData.of(pack, validated.standard(), DocumentKind.CURRENCY_AND_TARIFF), sink)
                    .orElseThrow(() -> new AssertionError(sink.sorted().toString()));
            String text = adoc.replaceAll("\\s+", " ");
            Set<String> bases = new TreeSet<>();
            Matcher m = AT_PRICES.matcher(text);
            while (m.find()) bases.add(m.group(1));
            assertEquals(Set.of(pack.currency().priceBasisYear()), bases, "the price bases the document states");
            assertTrue(pack.currency().tariffs().stream().noneMatch(t -> t.evidence().confirmed()
                    && t.evidence().year() != null
                    && !pack.currency().priceBasisYear().startsWith(String.valueOf(t.evidence().year()))),
                    "no price is confirmed from a year other than the price basis");
        }));
    }

    private static String name(Pack pack) {
        return pack.local().map(l -> l.commissioner().id() + "/").orElse("") + pack.manifest().id();
    }
}
