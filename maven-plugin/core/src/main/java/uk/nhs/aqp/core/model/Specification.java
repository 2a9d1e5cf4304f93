package uk.nhs.aqp.core.model;

import java.time.LocalDate;
import java.util.List;

/** specification.yaml, under the NHS Standard Contract service specification headings. */
public record Specification(Header header, PopulationNeeds populationNeeds, Outcomes outcomes, Scope scope,
        Standards standards, List<QualityRequirement> qualityRequirements, List<String> premises,
        WorkforceImplications workforceImplications) {

    public Specification {
        qualityRequirements = Lists.copy(qualityRequirements);
        premises = Lists.copy(premises);
    }

    public record Header(String specificationNumber, String service, String commissionerLead,
            String providerLead, String period, LocalDate reviewDate) {
    }

    public record PopulationNeeds(List<String> nationalContext, List<String> localContext,
            List<Reference> evidenceBase) {
        public PopulationNeeds {
            nationalContext = Lists.copy(nationalContext);
            localContext = Lists.copy(localContext);
            evidenceBase = Lists.copy(evidenceBase);
        }
    }

    public record Reference(String title, String publisher, Integer year, String note) {
    }

    public record Outcomes(List<DomainContribution> domains, List<OutcomeMeasure> measures) {
        public Outcomes {
            domains = Lists.copy(domains);
            measures = Lists.copy(measures);
        }
    }

    public record DomainContribution(String domain, String contribution) {
    }

    public record OutcomeMeasure(String id, String name, String description, String tool, List<String> domains) {
        public OutcomeMeasure {
            domains = Lists.copy(domains);
        }
    }

    public record Scope(List<String> aims, List<Component> components, List<String> population,
            Eligibility eligibility, List<Exclusion> exclusions, Access access,
            List<Interdependency> interdependencies) {
        public Scope {
            aims = Lists.copy(aims);
            components = Lists.copy(components);
            population = Lists.copy(population);
            exclusions = Lists.copy(exclusions);
            interdependencies = Lists.copy(interdependencies);
        }
    }

    public record Component(String id, String name, List<String> description) {
        public Component {
            description = Lists.copy(description);
        }
    }

    public record Eligibility(AgeRange age, List<String> referralSources, List<String> criteria,
            List<String> urgentCriteria) {
        public Eligibility {
            referralSources = Lists.copy(referralSources);
            criteria = Lists.copy(criteria);
            urgentCriteria = Lists.copy(urgentCriteria);
        }
    }

    /** Inclusive age bounds in whole years; {@code max} is null for no upper bound. */
    public record AgeRange(Integer min, Integer max, Evidence evidence) {
    }

    public record Exclusion(String id, String criterion, String redirectTo) {
    }

    public record Access(Duration firstAppointmentWithin, Duration urgentWithin, String hours, String domiciliary) {
    }

    public record Duration(int value, String unit, Evidence evidence) {
    }

    public record Interdependency(String service, String relationship) {
    }

    public record Standards(List<Reference> national, List<Reference> professional, List<Reference> local,
            List<String> workforce) {
        public Standards {
            national = Lists.copy(national);
            professional = Lists.copy(professional);
            local = Lists.copy(local);
            workforce = Lists.copy(workforce);
        }
    }

    public record QualityRequirement(String id, String requirement, String kpi) {
    }

    /**
     * The section "Workforce, education and training implications" the programme's packs carried;
     * optional, so null when a pack leaves it out.
     */
    public record WorkforceImplications(List<String> workforce, List<String> educationAndTraining,
            StaffTransfer staffTransfer) {
        public WorkforceImplications {
            workforce = Lists.copy(workforce);
            educationAndTraining = Lists.copy(educationAndTraining);
        }
    }

    /** Whether TUPE applies when activity moves between qualified providers, and on what basis. */
    public record StaffTransfer(List<String> text, Evidence evidence) {
        public StaffTransfer {
            text = Lists.copy(text);
        }
    }
}
