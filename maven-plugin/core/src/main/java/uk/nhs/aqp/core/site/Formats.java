package uk.nhs.aqp.core.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.Money;
import uk.nhs.aqp.core.model.Specification;

/**
 * How values read on the website: dates, money, targets, enumerated values (from
 * {@code aqp/site/labels.properties}) and the values of variations. Templates call it as
 * {@code fmt}; it returns plain text, which the templates escape.
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Formats STANDARD = new Formats(load());

    private final Properties labels;

    private Formats(Properties labels) {
        this.labels = labels;
    }

    public static Formats standard() {
        return STANDARD;
    }

    /** {@code 20 December 2012}; empty for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The label of an enumerated value, e.g. {@code label("region", "north-east")} is North East. */
    public String label(String group, String value) {
        if (value == null) return "";
        String label = labels.getProperty(group + "." + value);
        if (label != null) return label;
        String words = value.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The NHS.UK tag colour for a status, evidence basis, severity or operation. */
    public String tag(String value) {
        return labels.getProperty("tag." + value, "grey");
    }

    /** {@code £1,234.50}. */
    public String money(Money money) {
        return money == null ? "" : money.display();
    }

    /** A number as written, without trailing zeros: {@code 95}, {@code 1.05}. */
    public String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** {@code at least 95%}, {@code at most 10 working days}. */
    public String target(KpiSchedule.Target target) {
        if (target == null) return "";
        String unit = label("unit", target.unit()).toLowerCase(Locale.UK);
        String amount = number(target.value()) + (target.percent() ? unit : " " + unit);
        return label("direction", target.direction()) + " " + amount;
    }

    /** {@code 16 working days}. */
    public String duration(Specification.Duration duration) {
        return duration == null ? "" : duration.value() + " " + label("unit", duration.unit()).toLowerCase(Locale.UK);
    }

    /** {@code 55 and over}, {@code 16 to 65}, {@code any age}. */
    public String age(Specification.AgeRange age) {
        if (age == null || (age.min() == null && age.max() == null)) return "Any age";
        if (age.max() == null) return age.min() + " and over";
        if (age.min() == null) return "Up to " + age.max();
        return age.min() + " to " + age.max();
    }

    /** Whether a figure is confirmed, a local example or illustrative. */
    public String evidence(Evidence evidence) {
        return evidence == null ? "" : label("evidence", evidence.basis());
    }

    /** {@code 54 KB}. */
    public String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return Math.round(bytes / 1024.0) + " KB";
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * An adaptation target for people: {@code kpis/kpis/AH-KPI-03/target/value} reads
     * {@code KPIs: AH-KPI-03: target: value}.
     */
    public String where(String target) {
        String[] parts = target.split("/");
        List<String> out = new ArrayList<>();
        out.add(label("file", parts[0]));
        for (int i = 1; i < parts.length; i++) {
            if (!(i == 1 && parts[i].equals(parts[0]))) {
                out.add(parts[i]);
            }
        }
        return String.join(" › ", out);
    }

    /**
     * A value of a variation: text as it is, a number without trailing zeros, a list item by its
     * name and id, anything else as {@code key: value} pairs. Empty for no value.
     */
    public String value(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return "";
        if (node.isNumber()) return number(node.decimalValue());
        if (node.isValueNode()) return node.asText();
        if (node.isObject() && node.has("id") && (node.has("name") || node.has("criterion"))) {
            String name = node.has("name") ? node.get("name").asText() : node.get("criterion").asText();
            return name + " (" + node.get("id").asText() + ")";
        }
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> parts.add(value(n)));
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                parts.add(e.getKey() + ": " + value(e.getValue()));
            }
        }
        return String.join("; ", parts);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Formats.class.getResourceAsStream("/aqp/site/labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("aqp/site/labels.properties is missing from the core jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
