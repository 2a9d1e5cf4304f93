package uk.nhs.aqp.core.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.nhs.aqp.core.model.PatientChoice;
import uk.nhs.aqp.core.qualify.ApplicationResult;
import uk.nhs.aqp.core.qualify.Finding;
import uk.nhs.aqp.core.qualify.Outcome;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * What a patient can choose between for one commissioner and service line: the qualified providers
 * (in name order), and for each patient-choice item of the pack, in the pack's order, what each
 * provider's offer says, in words a patient reads. A suspended, withdrawn or not-qualified provider
 * is not a choice; nor is one whose application could not be read.
 *
 * @param commissioner the commissioner's id
 * @param packKey {@code calderdale-ccg/adult-hearing}
 * @param packId the national pack's id, the service line
 * @param referral how to ask for a referral: the pack's introduction paragraphs that say, or one plain sentence
 * @param illustrative whether the register is example data
 */
public record ChoiceDirectory(String commissioner, String commissionerName, String packKey, String packId,
        String packTitle, List<String> referral, boolean illustrative, List<Row> rows, List<Choice> choices) {

    /** Said when the pack's own text does not say how to be referred. */
    public static final String PLAIN_REFERRAL = "Tell your GP which of these services you would like to go to, and"
            + " ask to be referred there. You can choose any service on this list; your GP will tell you if your"
            + " needs mean you should be seen somewhere else.";
    /** Shown where an offer does not give a fact the pack asks for. */
    public static final String NOT_GIVEN = "Not published";

    private static final Vocabulary WORDS = Vocabulary.standard();

    public ChoiceDirectory {
        referral = List.copyOf(referral);
        rows = List.copyOf(rows);
        choices = List.copyOf(choices);
    }

    /** One patient-choice item: the question a patient asks, and why it matters (or null). */
    public record Row(String id, String topic, String question, String whyItMatters) {
    }

    /**
     * One provider a patient can choose.
     *
     * @param sector how the provider's sector reads ("Independent provider")
     * @param facts what the provider offers for each row, in row order
     * @param illustrative whether the application is example data
     */
    public record Choice(String provider, String name, String sector, LocalDate qualifiedOn, List<String> facts,
            boolean illustrative) {
        public Choice {
            facts = List.copyOf(facts);
        }
    }

    static ChoiceDirectory of(ProviderRegister register) {
        PatientChoice pc = register.pack().patientChoice();
        List<Row> rows = pc.items().stream()
                .map(i -> new Row(i.id(), i.topic(), i.question(), i.whyItMatters())).toList();
        List<Choice> choices = new ArrayList<>();
        for (QualifiedProviders.Entry e : register.entries()) {
            if (!e.qualified()) continue;
            register.result(e).ifPresent(r -> choices.add(choice(e, r, rows)));
        }
        choices.sort(Comparator.comparing((Choice c) -> c.name().toLowerCase(Locale.ROOT)).thenComparing(Choice::provider));
        return new ChoiceDirectory(register.commissioner(), register.commissionerName(), register.pack().key(),
                register.pack().id(), register.pack().manifest().shortTitle(), referral(pc), register.register().illustrative(),
                rows, choices);
    }

    private static Choice choice(QualifiedProviders.Entry e, ApplicationResult r, List<Row> rows) {
        List<String> facts = new ArrayList<>();
        for (Row row : rows) {
            facts.add(r.choices().stream().filter(f -> f.id().equals(row.id())).findFirst()
                    .filter(f -> f.outcome() == Outcome.RECORDED).map(Finding::reason).map(ChoiceDirectory::sentence)
                    .orElse(NOT_GIVEN));
        }
        var provider = r.application().provider();
        return new Choice(provider.id(), provider.name(), WORDS.label("sector", provider.sector()), e.date(), facts,
                r.application().illustrative());
    }

    /** The introduction's paragraphs that tell a patient about the GP's referral; else the plain sentence. */
    static List<String> referral(PatientChoice pc) {
        List<String> said = pc.introduction().stream()
                .filter(p -> p.contains("GP") || p.toLowerCase(Locale.ROOT).contains("refer")).toList();
        return said.isEmpty() ? List.of(PLAIN_REFERRAL) : said;
    }

    private static String sentence(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
