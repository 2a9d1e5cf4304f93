package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * The workbook's column titles, the manifest's field titles and the site's tables name a column as
 * the documents name the pack field it holds: "Reporting frequency", never "frequency" or a
 * column key.
 */
class ColumnTitlesTest {

    /** Columns whose key is also a pack field's key but that hold something else. */
    private static final Set<String> NOT_THE_FIELD = Set.of(
            "evidence"); // what a provider submits for a criterion, not the basis of a figure

    @Test
    void every_column_is_titled_by_the_vocabulary_as_the_documents_name_its_field() {
        Vocabulary words = Vocabulary.standard();
        List<String> wrong = new ArrayList<>();
        for (BundleTable t : BundleTables.all()) {
            for (Column c : t.table(List.of()).columns()) {
                String field = camel(c.name());
                String expected = words.has("field", field) && !NOT_THE_FIELD.contains(c.name())
                        ? capitalised(words.field(null, field)) : words.column(c.name());
                if (!c.title().equals(expected) || c.title().contains("_")) {
                    wrong.add(t.table(List.of()).name() + "." + c.name() + ": '" + c.title() + "', expected '" + expected + "'");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String camel(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : key.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
