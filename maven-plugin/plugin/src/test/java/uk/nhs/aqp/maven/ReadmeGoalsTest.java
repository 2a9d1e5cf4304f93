package uk.nhs.aqp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's "Goals" section tells the truth about the plugin: the goals and parameters it lists
 * are exactly those of the generated plugin descriptor ({@code target/classes/META-INF/maven/plugin.xml},
 * what {@code mvn aqp:help -Ddetail} prints), each parameter with its property, its default and
 * the goals that have it; and every parameter has a description.
 */
class ReadmeGoalsTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path README = Path.of("../../README.md");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]*)`");

    /** One parameter as documented: name, user property ("" if none) and default (empty if none). */
    private record Parameter(String name, String property, Optional<String> defaultValue) implements Comparable<Parameter> {
        @Override
        public int compareTo(Parameter o) {
            return toString().compareTo(o.toString());
        }
    }

    private static Document descriptor;
    private static String goalsSection;

    @BeforeAll
    static void read() throws Exception {
        assertTrue(Files.isRegularFile(DESCRIPTOR), "run after process-classes: " + DESCRIPTOR.toAbsolutePath());
        descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Goals\n");
        assertTrue(start >= 0, "README has a Goals section");
        int end = readme.indexOf("\n## ", start + 1);
        goalsSection = readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void readme_lists_every_goal_of_the_descriptor_and_no_other() {
        SortedSet<String> listed = new TreeSet<>();
        for (List<String> row : rows()) {
            Matcher m = Pattern.compile("^`aqp:([a-z-]+)`$").matcher(row.get(0));
            if (m.matches()) listed.add(m.group(1));
        }
        assertEquals(descriptorGoals().keySet(), listed);
    }

    @Test
    void readme_lists_each_parameter_with_its_property_default_and_goals() {
        Map<Parameter, SortedSet<String>> documented = new TreeMap<>();
        for (List<String> row : rows()) {
            if (row.size() != 5 || row.get(0).startsWith("`aqp:") || !row.get(0).startsWith("`")) continue;
            Parameter p = new Parameter(unquote(row.get(0)), unquote(row.get(1)), firstBackticked(row.get(2)));
            documented.computeIfAbsent(p, k -> new TreeSet<>())
                    .addAll(Arrays.stream(row.get(3).split(",")).map(String::trim).toList());
        }
        Map<Parameter, SortedSet<String>> actual = new TreeMap<>();
        descriptorGoals().forEach((goal, mojo) -> parameters(mojo)
                .forEach(p -> actual.computeIfAbsent(p, k -> new TreeSet<>()).add(goal)));
        assertEquals(lines(actual), lines(documented));
    }

    @Test
    void every_parameter_has_a_description_that_does_not_repeat_what_help_prints() {
        List<String> problems = new ArrayList<>();
        descriptorGoals().forEach((goal, mojo) -> {
            NodeList params = ((Element) child(mojo, "parameters")).getElementsByTagName("parameter");
            for (int i = 0; i < params.getLength(); i++) {
                Element p = (Element) params.item(i);
                String name = text(p, "name");
                String description = text(p, "description");
                if (description.isBlank()) problems.add(goal + "." + name + ": no description");
                if (description.contains("Default:") || description.contains("User property:")) {
                    problems.add(goal + "." + name + ": says what aqp:help already prints: " + description);
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void plugin_description_promises_nothing_for_later() {
        String description = text(descriptor.getDocumentElement(), "description");
        assertFalse(description.contains("later"), description);
        assertTrue(description.contains("render") && description.contains("scaffold"), description);
    }

    /** The goals of the descriptor, with their mojo elements. */
    private static Map<String, Element> descriptorGoals() {
        Map<String, Element> goals = new TreeMap<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            goals.put(text(mojo, "goal"), mojo);
        }
        return goals;
    }

    /** The parameters a user can set, with the property and default of the mojo's configuration. */
    private static List<Parameter> parameters(Element mojo) {
        List<Parameter> result = new ArrayList<>();
        Element configuration = (Element) child(mojo, "configuration");
        NodeList params = ((Element) child(mojo, "parameters")).getElementsByTagName("parameter");
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            if (!Boolean.parseBoolean(text(p, "editable"))) continue;
            String name = text(p, "name");
            String property = "";
            Optional<String> defaultValue = Optional.empty();
            Node configured = configuration == null ? null : child(configuration, name);
            if (configured instanceof Element e) {
                Matcher m = Pattern.compile("^\\$\\{(.+)}$").matcher(e.getTextContent().trim());
                if (m.matches()) property = m.group(1);
                if (e.hasAttribute("default-value")) defaultValue = Optional.of(e.getAttribute("default-value"));
            }
            result.add(new Parameter(name, property, defaultValue));
        }
        return result;
    }

    /** The cells of every table row of the Goals section. */
    private static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : goalsSection.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| ---")) continue;
            String inner = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0));
            rows.add(Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList());
        }
        return rows;
    }

    /** One line per parameter, so that a failure shows the rows that differ. */
    private static String lines(Map<Parameter, SortedSet<String>> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((p, goals) -> text.append(p.name()).append(" | ").append(p.property()).append(" | ")
                .append(p.defaultValue().orElse("(none)")).append(" | ").append(String.join(", ", goals)).append('\n'));
        return text.toString();
    }

    private static String unquote(String cell) {
        return cell.replace("`", "").trim();
    }

    private static Optional<String> firstBackticked(String cell) {
        Matcher m = BACKTICKED.matcher(cell);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name)) return n;
        }
        return null;
    }

    private static String text(Node parent, String name) {
        Node n = child(parent, name);
        return n == null ? "" : n.getTextContent().trim();
    }
}
