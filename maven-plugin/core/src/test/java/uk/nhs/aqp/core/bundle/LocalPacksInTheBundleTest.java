package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.validate.SchemaCatalog;

/**
 * The bundle is ready for local packs (the adaptation stage will supply them): a local pack's JSON
 * names its commissioner, base pack and version and lists its variations; variations.csv and
 * adoptions.csv list them across commissioners.
 */
class LocalPacksInTheBundleTest {

    @TempDir
    static Path project;

    private static Pack demo;
    private static Map<String, byte[]> files;
    private static final SchemaCatalog SCHEMAS = SchemaCatalog.load(Optional.empty());

    @BeforeAll
    static void bundleANationalAndALocalPack() {
        BundleFixtures.demoProject(project, Map.of());
        ValidationResult valid = BundleFixtures.toolkit().validate(ValidateRequest.forProject(project), BuildLog.silent());
        demo = valid.packs().get(0);
        ObjectNode kpi = new ObjectMapper().createObjectNode().put("id", "DM-KPI-09").put("name", "Local KPI");
        Origin at = Origin.ofFile("packs/local/leeds/demo/adaptation.yaml");
        LocalAdaptation leeds = adoption(List.of(
                new Variation("currency/tariffs/DM-T-01/price", Variation.Operation.SET,
                        DecimalNode.valueOf(new BigDecimal("44.00")),
                        DecimalNode.valueOf(new BigDecimal("39.50")), "Local price agreed with providers.", at),
                new Variation("kpis/DM-KPI-09", Variation.Operation.ADD, null, kpi, "Local priority.", at),
                new Variation("pack/title", Variation.Operation.SET, TextNode.valueOf("National"),
                        TextNode.valueOf("Local, \"adapted\""), "Local name.", at)));
        Bundle bundle = new BundleWriter(SCHEMAS).write(List.of(BundledPack.local(demo, leeds), BundledPack.national(demo)),
                valid.standard(), new BundleMetadata("aqp-packs", "Packs", "1.0.0", "NHS Leeds",
                        BundleFixtures.PUBLISHED));
        files = bundle.files();
    }

    @Test
    void local_pack_json_names_commissioner_base_and_variations() throws IOException {
        JsonNode local = new ObjectMapper().readTree(files.get("packs/local/leeds/demo.json"));
        assertEquals("local", local.get("kind").asText());
        assertEquals("leeds", local.get("commissioner").asText());
        assertEquals("demo", local.get("base").get("pack").asText());
        assertEquals("1.1.0", local.get("base").get("version").asText());
        JsonNode price = local.get("variations").get(0);
        assertEquals(List.of("target", "operation", "nationalValue", "localValue", "rationale", "layer"),
                List.copyOf(iterable(price.fieldNames())));
        assertEquals("own", price.get("layer").asText(), "a commissioner's own change, not a joint arrangement's");
        assertTrue(text("packs/local/leeds/demo.json").contains("\"localValue\": 39.50,"));
        assertFalse(local.get("variations").get(1).has("nationalValue"), "an addition has no national value");
        assertEquals("national", new ObjectMapper().readTree(files.get("packs/demo.json")).get("kind").asText());
    }

    @Test
    void money_in_variations_is_exact_to_the_penny_however_the_yaml_wrote_it() throws IOException {
        ObjectNode tariff = new ObjectMapper().createObjectNode().put("id", "DM-T-09").put("price", 99.5);
        Origin at = Origin.ofFile("packs/local/leeds/demo/adaptation.yaml");
        LocalAdaptation leeds = adoption(List.of(
                new Variation("currency/tariffs/DM-T-01/price", Variation.Operation.SET,
                        com.fasterxml.jackson.databind.node.IntNode.valueOf(240),
                        com.fasterxml.jackson.databind.node.DoubleNode.valueOf(255.5), "Local price.", at),
                new Variation("currency/tariffs/DM-T-09", Variation.Operation.ADD, null, tariff, "Local tariff.", at)));
        Map<String, byte[]> money = new BundleWriter(SCHEMAS).write(List.of(BundledPack.local(demo, leeds)),
                Optional.empty(), new BundleMetadata("aqp-packs", "Packs", "1.0.0", "NHS Leeds", BundleFixtures.PUBLISHED))
                .files();
        String json = new String(money.get("packs/local/leeds/demo.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"nationalValue\": 240.00,"), json);
        assertTrue(json.contains("\"localValue\": 255.50,"), json);
        assertTrue(json.contains("\"price\": 99.50"), "money inside an added item too: " + json);
        List<List<String>> rows = CsvReader.rows(new String(money.get("tables/variations.csv"),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("240.00", "255.50"), rows.get(1).subList(8, 10));
        assertEquals("{\"id\":\"DM-T-09\",\"price\":99.50}", rows.get(2).get(9));
    }

    @Test
    void variations_and_adoptions_tables_list_every_local_difference() {
        List<List<String>> variations = CsvReader.rows(text("tables/variations.csv"));
        assertEquals(List.of("local/leeds/demo", "demo", "leeds", "1", "demo", "1.1.0", "currency/tariffs/DM-T-01/price",
                "set", "44.00", "39.50", "Local price agreed with providers.", "own"), variations.get(1));
        assertEquals("{\"id\":\"DM-KPI-09\",\"name\":\"Local KPI\"}", variations.get(2).get(9));
        assertEquals("", variations.get(2).get(8));
        assertEquals("Local, \"adapted\"", variations.get(3).get(9));
        assertEquals(List.of(List.of("pack_key", "pack_id", "commissioner", "service_line", "base_pack_id", "base_version",
                "variations"), List.of("local/leeds/demo", "demo", "leeds", "adult-hearing", "demo", "1.1.0", "3")),
                CsvReader.rows(text("tables/adoptions.csv")));
        List<List<String>> packs = CsvReader.rows(text("tables/packs.csv"));
        assertEquals(List.of("demo", "local/leeds/demo"), packs.subList(1, 3).stream().map(r -> r.get(0)).toList(),
                "national first");
    }

    @Test
    void the_schema_refuses_a_national_pack_with_a_base_and_a_local_pack_without_one() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode national = (ObjectNode) mapper.readTree(files.get("packs/demo.json"));
        national.putObject("base").put("pack", "demo").put("version", "1.0.0");
        assertFalse(SCHEMAS.documentSchema(SchemaCatalog.RESOLVED_PACK).validate(national).isEmpty());
        ObjectNode local = (ObjectNode) mapper.readTree(files.get("packs/local/leeds/demo.json"));
        local.remove("base");
        assertFalse(SCHEMAS.documentSchema(SchemaCatalog.RESOLVED_PACK).validate(local).isEmpty());
    }

    @Test
    void a_variation_the_schema_refuses_stops_the_bundle_as_a_tooling_error() {
        LocalAdaptation blank = adoption(List.of(new Variation("", Variation.Operation.REMOVE, null, null, "",
                Origin.ofFile("packs/local/leeds/demo/adaptation.yaml"))));
        ToolingException e = assertThrows(ToolingException.class, () -> new BundleWriter(SCHEMAS).write(
                List.of(BundledPack.local(demo, blank)), Optional.empty(),
                new BundleMetadata("aqp-packs", "Packs", "1.0.0", "NHS Leeds", BundleFixtures.PUBLISHED)));
        assertTrue(e.getMessage().contains("packs/local/leeds/demo.json does not conform"), e.getMessage());
    }

    private static LocalAdaptation adoption(List<Variation> variations) {
        return new LocalAdaptation(new Commissioner("leeds", "NHS Leeds", "02V", "yorkshire-and-the-humber", "ccg",
                List.of(), null), "demo", "1.1.0", "1.1.0", List.of(), variations);
    }

    private static String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
