package uk.nhs.aqp.core.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A local pack's tree is the national tree with only the containers on the way to each change
 * copied: the national tree, which every other local pack starts from, stays as it was.
 */
class ChangeCopiesItsPathTest {

    private static final String KPIS = """
            {"kpis": [{"id": "K1", "target": {"value": 95}}, {"id": "K2", "target": {"value": 80}}],
             "notes": {"text": "unchanged"}}
            """;

    @Test
    void a_change_leaves_the_national_tree_as_it_was_and_shares_what_it_did_not_touch() throws Exception {
        JsonNode national = new ObjectMapper().readTree(KPIS);
        String before = national.toString();
        Set<JsonNode> copied = Collections.newSetFromMap(new IdentityHashMap<>());

        JsonNode local = TreeLocator.copiedAlong(national, List.of("kpis", "K1", "target"), copied);
        ((ObjectNode) local.at("/kpis/0/target")).put("value", 90);
        ((ArrayNode) local.get("kpis")).remove(1);

        assertEquals(before, national.toString());
        assertEquals("{\"kpis\":[{\"id\":\"K1\",\"target\":{\"value\":90}}],\"notes\":{\"text\":\"unchanged\"}}",
                local.toString());
        assertSame(national.get("notes"), local.get("notes"));
        assertNotSame(national.at("/kpis/0/target"), local.at("/kpis/0/target"));
    }

    @Test
    void a_second_change_on_the_same_way_reuses_the_copies_the_first_made() throws Exception {
        JsonNode national = new ObjectMapper().readTree(KPIS);
        Set<JsonNode> copied = Collections.newSetFromMap(new IdentityHashMap<>());

        JsonNode first = TreeLocator.copiedAlong(national, List.of("kpis", "K1", "target"), copied);
        ((ObjectNode) first.at("/kpis/0/target")).put("value", 90);
        JsonNode second = TreeLocator.copiedAlong(first, List.of("kpis", "K2", "target"), copied);
        ((ObjectNode) second.at("/kpis/1/target")).put("value", 70);

        assertSame(first, second);
        assertEquals(90, second.at("/kpis/0/target/value").asInt(), "the first change is kept");
        assertEquals(70, second.at("/kpis/1/target/value").asInt());
        assertEquals(95, national.at("/kpis/0/target/value").asInt());
        assertEquals(80, national.at("/kpis/1/target/value").asInt());
    }
}
