package uk.nhs.aqp.core.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every rule the toolkit can report, read from one bundle ({@code aqp/rules.properties}) keyed by
 * rule id. Messages live here, not in code, so the website can list every rule.
 */
public final class RuleCatalog {

    private static final String RESOURCE = "/aqp/rules.properties";
    private static final RuleCatalog DEFAULT = load();

    private final Map<String, Rule> rules;

    private RuleCatalog(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** The catalogue shipped in the core jar. */
    public static RuleCatalog standard() {
        return DEFAULT;
    }

    /** The rule with this id; an unknown id is a programming error. */
    public Rule rule(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("rule id '" + id + "' is not in " + RESOURCE);
        }
        return rule;
    }

    /** All rules, sorted by id. */
    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    private static RuleCatalog load() {
        Properties p = new Properties();
        try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the core jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Rule> rules = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".summary")) {
                ids.add(key.substring(0, key.length() - ".summary".length()));
            }
        }
        for (String id : ids) {
            rules.put(id, new Rule(id,
                    Severity.parse(p.getProperty(id + ".severity", "error")),
                    p.getProperty(id + ".summary"),
                    require(p, id + ".message"),
                    require(p, id + ".fix")));
        }
        return new RuleCatalog(rules);
    }

    private static String require(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + " lacks " + key);
        }
        return v;
    }
}
