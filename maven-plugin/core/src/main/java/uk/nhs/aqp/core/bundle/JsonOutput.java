package uk.nhs.aqp.core.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.model.Money;

/**
 * How the bundle writes JSON: two-space indents and {@code \n} line ends on every platform, keys
 * in a fixed order (records in component order, which mirrors the YAML files), decimals written
 * plainly exactly as they are held (never through a double), money with exactly two decimal
 * places, dates as ISO 8601, and absent or empty values left out.
 */
final class JsonOutput {

    static final JsonOutput PLAIN = new JsonOutput(UnaryOperator.identity());

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    /** @param customise adds to the standard configuration, e.g. mix-ins for particular records */
    JsonOutput(UnaryOperator<JsonMapper.Builder> customise) {
        this.mapper = customise.apply(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("aqp-money").addSerializer(Money.class, new MoneySerializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY))
                .build();
        this.writer = mapper.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    }

    /** The value (a tree, a map or a model record) as indented UTF-8 JSON ending in a newline. */
    byte[] bytes(Object value) {
        try {
            return (writer.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new ToolingException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads back what {@link #bytes} wrote, decimals exact, to check it as a consumer would. */
    JsonNode read(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new ToolingException("cannot read back the JSON just written: " + e.getMessage(), e);
        }
    }

    /** Money as a JSON number with exactly two decimal places, e.g. {@code 44.00}. */
    private static final class MoneySerializer extends StdSerializer<Money> {
        private static final long serialVersionUID = 1L;

        MoneySerializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money money, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(Decimals.money(money.amount()));
        }
    }
}
