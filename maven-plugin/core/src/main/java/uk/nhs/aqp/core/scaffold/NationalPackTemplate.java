package uk.nhs.aqp.core.scaffold;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.aqp.core.rules.PlaceholderText;
import uk.nhs.aqp.core.source.FileKind;

/**
 * The starting text of a new national pack: the six files, each naming its schema for editors,
 * valid as they stand, with every value the scaffold cannot know written as a placeholder that
 * starts with {@link PlaceholderText#MARKER} (so the build warns until it is filled in:
 * {@code pack.placeholder}) and a commented example of each optional field. The pack starts as a
 * draft at version 0.1.0, so its documents carry the DRAFT mark; figures are marked illustrative.
 */
public final class NationalPackTemplate {

    /** The eight service lines of the pack schema; a pack id that is one of them is its own service line. */
    private static final Set<String> SERVICE_LINES = Set.of("msk-back-neck-pain", "adult-hearing", "continence",
            "diagnostics-direct-access", "wheelchairs", "leg-ulcer-wound-healing", "psychological-therapies",
            "podiatry");

    private NationalPackTemplate() {
    }

    /** The text of each of the six files of pack {@code packId}, in the order of {@link FileKind#packFiles()}. */
    public static Map<FileKind, String> files(String packId, LocalDate created) {
        Map<FileKind, String> files = new LinkedHashMap<>();
        files.put(FileKind.PACK, PACK);
        files.put(FileKind.KPIS, KPIS);
        files.put(FileKind.SPECIFICATION, SPECIFICATION);
        files.put(FileKind.CURRENCY, CURRENCY);
        files.put(FileKind.QUALIFICATION, QUALIFICATION);
        files.put(FileKind.PATIENT_CHOICE, PATIENT_CHOICE);
        files.replaceAll((kind, text) -> text
                .replace("@SCHEMA@", "# yaml-language-server: $schema=../../../schema/" + kind.schemaName())
                .replace("@TODO@", PlaceholderText.MARKER)
                .replace("@ID@", packId)
                .replace("@P@", idPrefix(packId))
                .replace("@LINE@", SERVICE_LINES.contains(packId) ? packId : "msk-back-neck-pain")
                .replace("@DATE@", created.toString()));
        return files;
    }

    /**
     * The prefix of the pack's item ids: the initials of the id's words, upper case
     * ({@code new-service} gives {@code NS}), two letters for a one-word id, starting with a letter.
     */
    static String idPrefix(String packId) {
        String[] words = packId.split("-");
        String prefix = words.length == 1
                ? words[0].substring(0, Math.min(2, words[0].length()))
                : Arrays.stream(words).limit(4).map(w -> w.substring(0, 1)).collect(Collectors.joining());
        prefix = prefix.toUpperCase(Locale.ROOT);
        return Character.isLetter(prefix.charAt(0)) ? prefix : "P" + prefix;
    }

    private static final String PACK = """
            @SCHEMA@
            # Pack manifest: identity, status and version history. Written by mvn aqp:new; every value
            # starting with @TODO@ is a placeholder to replace (the build warns until none is left).
            id: @ID@                        # must equal the folder name
            title: "@TODO@ Extension of patient choice of Any Qualified Provider in <service>"
            shortTitle: "@TODO@ the service in a few words"
            serviceLine: @LINE@     # one of the eight service lines in schema/pack.schema.json: check it
            version: 0.1.0                  # MAJOR.MINOR.PATCH; the newest changelog entry has the same
            status: draft                   # draft, consultation, published or withdrawn
            # published: 2013-04-01         # required once the status is published
            # reviewDate: 2014-03-31        # after the publication date
            # publishedEvidence: {basis: illustrative}    # or confirmed, with the source that gives the date
            # reviewDateEvidence: {basis: illustrative}
            # gatewayReference: "18570"     # the Department of Health gateway reference, in quotes
            # classification: Best Practice Guidance
            leadRegion: london              # the region that leads the co-production: check it
            # buddyRegions: [north-east, south-west]
            summary:
              - "@TODO@ what the pack is for and who should read it, in a few paragraphs"
            contributors:
              - name: "@TODO@ a person's or group's name"
                role: "@TODO@ e.g. clinical lead, commissioning lead, reviewer"
                # organisation: NHS Example Cluster
            changelog:                      # newest first
              - version: 0.1.0
                date: @DATE@
                changes:
                  - Scaffolded with mvn aqp:new.
            """;

    private static final String KPIS = """
            @SCHEMA@
            # Key performance indicators: what each provider reports to the commissioner, with targets
            # and the basis of each target. Ids (@P@-KPI-01) are stable: adaptations find items by id.
            # introduction:
            #   - What the indicators are for.
            kpis:
              - id: @P@-KPI-01
                name: "@TODO@ the indicator's name"
                definition: "@TODO@ what is measured"
                numerator: "@TODO@ what is counted"
                denominator: "@TODO@ what it is counted out of"
                target:
                  value: 90               # check it
                  unit: percent           # percent, count, days, working-days, weeks, score or ratio
                  direction: at-least     # at-least, at-most or exactly
                  evidence:
                    basis: illustrative   # confirmed, local-example or illustrative
                    # source: The publication the figure comes from.
                frequency: quarterly      # monthly, quarterly, six-monthly or annually
                dataSource: "@TODO@ where the figures come from"
                domain: experience        # an NHS Outcomes Framework domain, e.g. recovery, safety
                outcome: @P@-OUT-01        # an outcome measure of specification.yaml (optional)
                # consequence: What happens when the target is missed.
            """;

    private static final String SPECIFICATION = """
            @SCHEMA@
            # Model service specification under the headings of the NHS Standard Contract service
            # specification. Every value starting with @TODO@ is a placeholder to replace.
            header:
              specificationNumber: "@TODO@ the specification's number"
              service: "@TODO@ the service's name"
              commissionerLead: For local completion
              providerLead: For local completion
              period: "@TODO@ e.g. 2013/14"
              # reviewDate: 2014-03-31
            populationNeeds:
              nationalContext:
                - "@TODO@ the national context: prevalence, policy, why choice matters here"
              # localContext:
              #   - For local completion.
              # evidenceBase:
              #   - title: A guideline or study
              #     publisher: NICE
              #     year: 2012
            outcomes:
              domains:
                - domain: experience
                  contribution: "@TODO@ how the service contributes to this domain"
              measures:
                - id: @P@-OUT-01
                  name: "@TODO@ the outcome's name"
                  description: "@TODO@ what the outcome measures"
                  domains: [experience]
                  # tool: The questionnaire or scale used.
            scope:
              aims:
                - "@TODO@ what the service aims to achieve"
              components:
                - id: @P@-C-01
                  name: "@TODO@ a part of the service, e.g. assessment"
                  description:
                    - "@TODO@ what it involves"
              population:
                - "@TODO@ who the service is for"
              eligibility:
                age:
                  min: 18                 # whole years, inclusive: check them
                  # max: 99
                referralSources: [gp]     # e.g. gp, self-referral, consultant, optometrist
                criteria:
                  - "@TODO@ who may be referred"
                # urgentCriteria:
                #   - Who must be seen urgently.
              exclusions:
                - id: @P@-EX-01
                  criterion: "@TODO@ who is not eligible"
                  redirectTo: "@TODO@ where they go instead"
              access:
                firstAppointmentWithin:
                  value: 18               # check it
                  unit: weeks             # hours, days, working-days, weeks, months or years
                # urgentWithin: {value: 2, unit: weeks}
                # hours: When the service is open.
                # domiciliary: Whether home visits are offered.
              interdependencies:
                - service: "@TODO@ a related service, e.g. general practice"
                  relationship: "@TODO@ how they work together"
            standards:
              national: []                # e.g. - {title: A national standard, publisher: NICE, year: 2012}
              professional: []
              # local: []
              workforce:
                - "@TODO@ who delivers the service and their registration"
            qualityRequirements:
              - id: @P@-QR-01
                requirement: "@TODO@ a quality requirement"
                kpi: @P@-KPI-01            # the KPI that measures it (optional)
            premises:
              - "@TODO@ what the premises must offer"
            """;

    private static final String CURRENCY = """
            @SCHEMA@
            # Currency model: the units of payment, what each covers, when payment falls due, and the
            # prices of each tariff line. Prices are exact decimals in GBP, to the penny.
            # introduction:
            #   - How the service is paid for.
            currencyCode: GBP
            priceBasisYear: "2013/14"       # check it
            marketForcesFactor:             # one local price per commissioner, the same for every provider
              applies: true                 # false: the listed price is paid as it is
              index: commissioner-area      # the commissioner's area index; never each provider's own
              # exampleIndex: 1.05
              note: "@TODO@ how the market forces factor applies"
            currencies:
              - id: @P@-CUR-01
                name: "@TODO@ the currency's name"
                unit: episode             # pathway, episode, contact, scan, course, assessment, item or patient-year
                description: "@TODO@ what one unit is"
                includes:
                  - "@TODO@ what the price covers"
                excludes: []              # e.g. - Equipment funded separately.
                paymentTriggers:          # the percents add up to 100
                  - event: "@TODO@ when payment falls due"
                    percent: 100
            tariffs:
              - id: @P@-T-01
                currency: @P@-CUR-01
                name: "@TODO@ the tariff line's name"
                price: 0.00               # GBP, illustrative until agreed
                evidence:
                  basis: illustrative
                  note: "@TODO@ where the price comes from, or that it is to be set locally"
            """;

    private static final String QUALIFICATION = """
            @SCHEMA@
            # Qualification: criteria a provider must meet on top of the standard qualification
            # questionnaire, and this pack's amendments to that questionnaire (by question id).
            # introduction:
            #   - How providers qualify.
            # basis:                      # where the dry-run findings come from; the default for each criterion and amendment
            #   basis: illustrative       # until a record of a real dry run is known
            #   note: No record of a real dry run is known.
            criteria:
              - id: @P@-QC-01
                category: clinical        # clinical, workforce, premises, equipment, governance, information or pathway
                criterion: "@TODO@ what a provider must meet"
                evidence:
                  - "@TODO@ what a provider gives to show it"
                passRule: "@TODO@ when the evidence passes"
            amendments: []
            # Examples, to copy above and edit (remove the [] after amendments: when you add one):
            #
            #  - id: @P@-QA-01
            #    action: replace              # add (after target), replace or remove
            #    target: C1                   # a question id of the standard questionnaire
            #    question:
            #      id: C1
            #      text: The question as this pack asks it.
            #      response: yes-no
            #      assessment: pass-fail
            #      passRule: "Pass: yes."
            #    rationale: Why the dry run showed the change was needed.
            #
            #  - id: @P@-QA-02
            #    action: remove
            #    target: C2
            #    rationale: Why the question does not apply.
            """;

    private static final String PATIENT_CHOICE = """
            @SCHEMA@
            # Patient choice information: a plain-English introduction and the facts every qualified
            # provider must publish so that patients can compare them.
            introduction:
              - "@TODO@ what the service is and what a patient can choose, in plain English"
            items:
              - id: @P@-PC-01
                topic: waiting-time       # e.g. locations, opening-hours, booking, languages, staff
                question: "@TODO@ the patient's question, e.g. How soon can I be seen?"
                providerPublishes: "@TODO@ what each provider publishes to answer it"
                # whyItMatters: Why a patient might care.
            """;
}
