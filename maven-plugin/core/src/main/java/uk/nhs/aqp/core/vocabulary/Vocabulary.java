package uk.nhs.aqp.core.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.Money;
import uk.nhs.aqp.core.model.Specification;

/**
 * How every value of a pack reads for a person, in every output: the labels of enumerated values,
 * fields and products (from {@code aqp/vocabulary/labels.properties}) and the formats of money,
 * numbers, targets, durations, dates and age ranges. Returns plain text; each output escapes it.
 * Templates receive it as {@code words}.
 */
public final class Vocabulary {

    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z0-9])([A-Z])");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Vocabulary STANDARD = new Vocabulary(load());

    private final Properties labels;
    /** Each group asked for, made once: templates ask for the same few thousands of times. */
    private final Map<String, Map<String, String>> groups = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> lowerGroups = new ConcurrentHashMap<>();

    private Vocabulary(Properties labels) {
        this.labels = labels;
    }

    /** The toolkit's vocabulary. */
    public static Vocabulary standard() {
        return STANDARD;
    }

    /**
     * An enumerated value as it starts a table cell: {@code label("frequency", "six-monthly")} is
     * {@code Six-monthly}. A value with no label reads as its words ({@code some-value}: Some value).
     */
    public String label(String group, String value) {
        if (value == null) return "";
        String label = labels.getProperty(group + "." + value);
        return label != null ? label : capitalised(value.replace('-', ' '));
    }

    /**
     * A sentence of the vocabulary with its blanks filled in order ({@code {0}}, {@code {1}}, ...):
     * {@code sentence("comparison", "reading.differs", "Not in this version")}. Unlike a label, a
     * sentence has no fallback: a key the vocabulary does not have fails, so a misspelt key cannot
     * print its own words.
     */
    public String sentence(String group, String value, Object... blanks) {
        String sentence = labels.getProperty(group + "." + value);
        if (sentence == null) {
            throw new IllegalArgumentException("the vocabulary has no sentence " + group + "." + value);
        }
        for (int i = 0; i < blanks.length; i++) {
            sentence = sentence.replace("{" + i + "}", String.valueOf(blanks[i]));
        }
        return sentence;
    }

    /**
     * A sentence that counts: {@code <value>.one} when {@code n} is 1, {@code <value>.other}
     * otherwise, with {@code {0}} the count ({@code 1,008}): {@code counted("comparison",
     * "differing", 3)} is {@code 3 versions differ}.
     */
    public String counted(String group, String value, long n) {
        return sentence(group, value + (n == 1 ? ".one" : ".other"), String.format(Locale.UK, "%,d", n));
    }

    /** The same label in the middle of a sentence: {@code local example}, but {@code GP}. */
    public String lower(String group, String value) {
        return lowered(label(group, value));
    }

    /** True when the vocabulary has a label for the value (schema enums must all have one). */
    public boolean has(String group, String value) {
        return labels.getProperty(group + "." + value) != null;
    }

    /** Every label of a group, by value, e.g. {@code group("frequency")}; for templates' lookups. */
    public Map<String, String> group(String group) {
        return groups.computeIfAbsent(group, g -> {
            Map<String, String> out = new TreeMap<>();
            String prefix = g + ".";
            labels.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                    .forEach(k -> out.put(k.substring(prefix.length()), labels.getProperty(k)));
            return Collections.unmodifiableMap(out);
        });
    }

    /** {@link #group} with each label in its mid-sentence form. */
    public Map<String, String> lowerGroup(String group) {
        return lowerGroups.computeIfAbsent(group, g -> {
            Map<String, String> out = new TreeMap<>();
            group(g).forEach((k, v) -> out.put(k, lowered(v)));
            return Collections.unmodifiableMap(out);
        });
    }

    /**
     * A field of a pack as a reader calls it: {@code field("age", "min")} is {@code minimum age},
     * {@code field(null, "localContext")} {@code local context}; a key with no label reads as its
     * words, never camelCase. Empty for a key a description leaves out (a grouping like {@code scope}).
     */
    public String field(String parent, String key) {
        String label = parent == null ? null : labels.getProperty("field." + parent + "." + key);
        if (label == null) label = labels.getProperty("field." + key);
        return label != null ? label : words(key);
    }

    /**
     * The title of a bundle table's column, e.g. {@code column("kpi_id")} is {@code KPI id}: the
     * workbook, {@code datapackage.json} and the site name columns with it. Every column must have
     * one; a column named like a pack field reads as the documents name that field.
     *
     * @throws IllegalStateException when {@code labels.properties} has no {@code column.<name>}
     */
    public String column(String name) {
        String label = labels.getProperty("column." + name);
        if (label == null) {
            throw new IllegalStateException("aqp/vocabulary/labels.properties has no title for the bundle column "
                    + name + ": add column." + name + "=<title>");
        }
        return label;
    }

    /** What one item of a list is called: {@code item("kpis")} is {@code KPI}. */
    public String item(String list) {
        String label = labels.getProperty("item." + list);
        return label != null ? label : capitalised(words(list));
    }

    /** The product a pack file holds: {@code product("kpis")} is {@code KPIs}. */
    public String product(String file) {
        return label("product", file);
    }

    /** The products in the order of the pack: pack, specification, kpis, ... */
    public List<String> productOrder() {
        return Arrays.asList(labels.getProperty("product.order", "").split(","));
    }

    /** The NHS.UK tag colour of a status, evidence basis, severity or operation; grey by default. */
    public String tag(String value) {
        return labels.getProperty("tag." + value, "grey");
    }

    /** The fields of a pack that hold an amount of money, wherever they appear (a tariff's price, ...). */
    private static final java.util.Set<String> MONEY_FIELDS = java.util.Set.of("price", "basePrice", "amount", "tariff");

    /** True for a field that holds money: every output writes its value to the penny. */
    public boolean isMoney(String field) {
        return MONEY_FIELDS.contains(field);
    }

    /** {@code £1,234.50}; empty for no money. */
    public String money(Money money) {
        return money == null ? "" : money(money.amount());
    }

    /** {@code £525.00}. */
    public String money(BigDecimal amount) {
        return amount == null ? "" : "£" + String.format(Locale.UK, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A number as written, without trailing zeros: {@code 95}, {@code 1.05}. */
    public String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A number with its unit: {@code 95%}, {@code 16 working days}, {@code 3}. */
    public String amount(BigDecimal value, String unit) {
        String u = unit == null ? "" : labels.getProperty("unit." + unit, words(unit));
        if (u.isEmpty()) return number(value);
        return number(value) + ("%".equals(u) ? u : " " + u);
    }

    /**
     * {@code at least 95%}, {@code at most 10 working days}; a bound no percentage can pass
     * reads as the figure alone: {@code 100%}, never {@code at least 100%} ({@code 0%} likewise).
     */
    public String target(String direction, BigDecimal value, String unit) {
        boolean bound = "percent".equals(unit) && value != null
                && ("at-least".equals(direction) && value.compareTo(BigDecimal.valueOf(100)) >= 0
                        || "at-most".equals(direction) && value.signum() <= 0);
        String d = direction == null || bound ? "" : label("direction", direction);
        return (d.isEmpty() ? "" : d + " ") + amount(value, unit);
    }

    /** {@code at least 95%}; empty for no target. */
    public String target(KpiSchedule.Target target) {
        return target == null ? "" : target(target.direction(), target.value(), target.unit());
    }

    /** {@code 16 working days}; empty for no duration. */
    public String duration(Specification.Duration duration) {
        return duration == null ? "" : amount(BigDecimal.valueOf(duration.value()), duration.unit());
    }

    /** {@code 1 April 2012}; empty for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 55 and over}, {@code 16 to 65}, {@code Up to 18}, {@code Any age}. */
    public String age(Integer min, Integer max) {
        if (min == null && max == null) return "Any age";
        if (max == null) return min + " and over";
        if (min == null) return "Up to " + max;
        return min + " to " + max;
    }

    /** {@link #age(Integer, Integer)} of an age range. */
    public String age(Specification.AgeRange age) {
        return age == null ? age(null, null) : age(age.min(), age.max());
    }

    /** A key's words: {@code firstAppointmentWithin} reads {@code first appointment within}. */
    static String words(String key) {
        return CAMEL_CASE.matcher(key).replaceAll("$1 $2").replace('-', ' ').toLowerCase(Locale.UK);
    }

    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Lower-cases the first letter unless the word is an abbreviation ({@code GP}, {@code KPIs}). */
    static String lowered(String label) {
        if (label.length() < 2 || Character.isUpperCase(label.charAt(1))) return label;
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("/aqp/vocabulary/labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("aqp/vocabulary/labels.properties is missing from the core jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
