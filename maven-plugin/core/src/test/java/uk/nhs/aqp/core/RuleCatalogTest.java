package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.diagnostic.Rule;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;

/** Every rule id the code reports is in the catalogue with a summary, message and fix, and vice versa. */
class RuleCatalogTest {

    private static final Pattern REPORTED = Pattern.compile("\"((?:yaml|schema|pack|kpi|currency|qualification|adapt|joint|register|application|qualified|template|adoc|site|text)\\.[a-z-]+)\"");
    private static final Set<String> FROM_SCHEMA_KEYWORDS = Set.of("schema.min-items", "schema.max-items",
            "schema.min-length", "schema.max-length", "schema.minimum", "schema.maximum",
            "schema.exclusive-minimum", "schema.exclusive-maximum", "schema.unique-items", "schema.min-properties");

    @Test
    void catalogue_and_code_name_the_same_rules() throws IOException {
        Set<String> reported = new TreeSet<>(FROM_SCHEMA_KEYWORDS);
        Path sources = TestPaths.repositoryRoot().resolve("maven-plugin/core/src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = REPORTED.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".yaml") && !m.group(1).endsWith(".json")) reported.add(m.group(1));
                }
            }
        }
        Set<String> catalogued = RuleCatalog.standard().all().stream().map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalogued, reported);
    }

    @Test
    void every_rule_says_what_it_is_and_how_to_fix_it() {
        List<Rule> rules = RuleCatalog.standard().all();
        assertFalse(rules.isEmpty());
        for (Rule r : rules) {
            assertFalse(r.summary().isBlank(), r.id());
            assertFalse(r.fix().isBlank(), r.id());
            assertFalse(r.messagePattern().isBlank(), r.id());
        }
    }
}
