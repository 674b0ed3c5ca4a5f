package dk.ics.test;

import static dk.ics.test.IcsFixtures.aBfu;
import static dk.ics.test.IcsFixtures.aFollowUp;
import static dk.ics.test.IcsFixtures.aNotification;
import static dk.ics.test.IcsFixtures.aPartnerStatement;
import static dk.ics.test.IcsFixtures.aPlan;
import static dk.ics.test.IcsFixtures.anUngeplan;
import static dk.ics.test.IcsFixtures.anAfdaekning;

import dk.ics.model.casework.LegalRegime;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.templates.Role;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The catalogue of known-broken documents: for every built-in rule of the validator and every template constraint a
 * built-in template can break, one fixture that breaks exactly that one thing. A vendor's test runs each through its
 * own screen and asserts the finding is shown; the library's own tests prove each rule fires on its own variant and
 * on no other.
 *
 * <pre>{@code
 * BrokenVariants.all().forEach((code, variant) ->
 *         assertThat(variant.fixture().validate()).hasFindingWithCode(code));
 * }</pre>
 *
 * <p>A variant breaks one thing; where the template itself requires what a rule looks for at the same place (a
 * goal's responsible, the child's wishes), the validator reports the rule's finding alone (the template's
 * {@code TPL-REQUIRED} there is the same problem).
 */
public final class BrokenVariants {

    private static final Map<String, BrokenVariant> ALL = build();

    private BrokenVariants() {
    }

    /** Every variant, by the code it produces, in code order. */
    public static Map<String, BrokenVariant> all() {
        return ALL;
    }

    /** The variants of the validator's rules ({@code ICS-*}). */
    public static List<BrokenVariant> rules() {
        return ALL.values().stream().filter(BrokenVariant::isRule).toList();
    }

    /** The variants of template constraints ({@code TPL-*}). */
    public static List<BrokenVariant> templateConstraints() {
        return ALL.values().stream().filter(v -> !v.isRule()).toList();
    }

    /**
     * The variant of a code.
     *
     * @throws IllegalArgumentException naming the known codes when there is none
     */
    public static BrokenVariant of(String code) {
        BrokenVariant v = ALL.get(code);
        if (v == null) {
            throw new IllegalArgumentException("no broken variant for " + code + "; known: " + ALL.keySet());
        }
        return v;
    }

    private static Map<String, BrokenVariant> build() {
        Map<String, BrokenVariant> m = new TreeMap<>();
        add(m, "ICS-UND-001", "the notification assessed 24 hours and a minute after receipt",
                () -> {
                    DocumentFixture f = aNotification();
                    return f.assessedAt(f.receivedAt().plusHours(24).plusMinutes(1));
                });
        add(m, "ICS-UND-002", "a notification about abuse without a talk with the child",
                () -> aNotification().aboutAbuse());
        add(m, "ICS-BFU-001", "no dimension of the side family and network described (all out of focus)",
                () -> aBfu().withDimensionOutOfFocus(Dimension.FAMILIEFORHOLD_OG_BAGGRUND)
                        .withDimensionOutOfFocus(Dimension.SOCIALT_NETVAERK));
        add(m, "ICS-BFU-002", "a dimension in focus (not in the funnel) without a description",
                () -> aBfu().withoutDescription(Dimension.SUNDHEDSFORHOLD)
                        .withoutFunnelDimension(Dimension.SUNDHEDSFORHOLD));
        add(m, "ICS-BFU-003", "a dimension in focus without resources",
                () -> aBfu().withoutResources(Dimension.SUNDHEDSFORHOLD));
        add(m, "ICS-BFU-004", "a dimension in focus without challenges",
                () -> aBfu().withoutChallenges(Dimension.SUNDHEDSFORHOLD));
        add(m, "ICS-BFU-005", "a dimension out of focus without a reason",
                () -> aBfu().without(Role.DIMENSION_NOT_IN_FOCUS_REASON, Dimension.UNDERSTOETTELSE_AF_RELATIONER));
        add(m, "ICS-BFU-006", "no child's perspective and no exception", () -> aBfu().withoutChildPerspective());
        add(m, "ICS-BFU-007", "no parents' perspective", () -> aBfu().withoutParentsPerspective());
        add(m, "ICS-BFU-008", "no network perspective", () -> aBfu().withoutNetworkPerspective());
        add(m, "ICS-BFU-009", "the analysis misses the side parenting capacity",
                () -> aBfu().withoutAnalysisOf(Side.FORAELDREKOMPETENCER));
        add(m, "ICS-BFU-010", "the decision without its legal basis", () -> aBfu().withoutDecisionLegalBasis());
        add(m, "ICS-BFU-011", "the decision without the child's view of the support",
                () -> aBfu().withoutChildViewOfSupport());
        add(m, "ICS-BFU-012", "the investigation finished the day after the 4 months, with no preliminary assessment",
                () -> aBfu().withDocumentDate(LocalDate.of(2025, 6, 4)));
        add(m, "ICS-BFU-013", "a dimension the funnel selected left out of focus",
                () -> aBfu().withFunnelDimensionOutOfFocus(Dimension.SUNDHEDSFORHOLD));
        add(m, "ICS-BFU-014", "the case's only talk with the child came the day after the decision",
                () -> aBfu().judgedOn(LocalDate.of(2025, 6, 1)).inCase(b -> b.caseRecord(IcsFixtures.aCase()
                        .childTalkAt(java.time.OffsetDateTime.parse("2025-05-28T10:00+02:00")).build())));
        add(m, "ICS-PART-001", "a school statement without challenges on a dimension it covers",
                () -> aPartnerStatement(Partner.SCHOOL).withoutChallenges(Dimension.SUNDHEDSFORHOLD));
        add(m, "ICS-PLAN-001", "a goal on a dimension without a challenge in the investigation",
                () -> aPlan().withGoalOnDimensions(2, Dimension.BOLIG_BESKAEFTIGELSE_OG_OEKONOMI));
        add(m, "ICS-PLAN-002", "a goal without someone responsible", () -> aPlan().withGoalWithoutResponsible());
        add(m, "ICS-PLAN-003", "a goal without a success indicator",
                () -> aPlan().withGoalWithoutSuccessIndicator());
        add(m, "ICS-PLAN-004", "a plan without the child's wishes", () -> aPlan().withoutChildWishes());
        add(m, "ICS-PLAN-005", "a plan the day after the 3 months from the decision",
                () -> aPlan().withDocumentDate(LocalDate.of(2025, 8, 28)));
        add(m, "ICS-PLAN-006", "a plan made after the decision on placement without consent",
                () -> aPlan().inCase(b -> b.supportDecisionDate(null)
                        .placementWithoutConsentDecisionDate(LocalDate.of(2025, 6, 15))));
        add(m, "ICS-PLAN-007", "an ungeplan that does not describe the transition to adult life",
                () -> anUngeplan().without(Role.TRANSITION_TO_ADULTHOOD));
        add(m, "ICS-PLAN-008", "a measure serving a goal the plan does not have",
                () -> aPlan().withIn(Role.MEASURE_GOAL_REFS, 0, List.of("maal-99")));
        add(m, "ICS-PLAN-009", "an ungeplan made a day after 3 months from the placement decision at 17",
                () -> anUngeplan().withChildBornOn(LocalDate.of(2008, 1, 1)).inCase(b -> b.supportDecisionDate(null)
                        .placementWithConsentDecisionDate(LocalDate.of(2025, 2, 12))));
        add(m, "ICS-OPF-001", "a goal of the plan not followed up", () -> aFollowUp().withoutGoalFollowUp(2));
        add(m, "ICS-OPF-002", "a first follow-up the day after 3 months from the measure's start",
                () -> aFollowUp().withDocumentDate(LocalDate.of(2025, 9, 11)));
        add(m, "ICS-OPF-003", "the next follow-up set on the same day",
                () -> aFollowUp().withNextFollowUpDate(LocalDate.of(2025, 9, 4)));
        add(m, "ICS-OPF-004", "a placement's first year ended without a supervision visit",
                () -> aFollowUp().inCase(b -> b.placementStartDate(LocalDate.of(2024, 9, 4))
                        .earlierFollowUp(LocalDate.of(2024, 11, 1))));
        add(m, "ICS-SEL-001", "under Serviceloven, a handleplan made after the decision (2023)",
                () -> aPlan().withDocumentDate(LocalDate.of(2023, 6, 16))
                        .inCase(b -> b.regime(LegalRegime.SEL).supportDecisionDate(LocalDate.of(2023, 6, 15))));
        add(m, "ICS-SEL-002", "under Serviceloven, a first follow-up the day after 3 months (2023)",
                () -> aFollowUp().withDocumentDate(LocalDate.of(2023, 9, 11))
                        .withNextFollowUpDate(LocalDate.of(2024, 3, 1))
                        .inCase(b -> b.regime(LegalRegime.SEL).measureStartDate(LocalDate.of(2023, 6, 10))));
        add(m, "ICS-CTX-MISSING", "a plan judged without the case's investigation",
                () -> aPlan().withLatestBfu(null));
        templateConstraints(m);
        return Collections.unmodifiableMap(m);
    }

    private static void templateConstraints(Map<String, BrokenVariant> m) {
        add(m, "TPL-REQUIRED", "an afdækning without its conclusion",
                () -> anAfdaekning().without(Role.AFDAEKNING_CONCLUSION));
        add(m, "TPL-EMPTY", "an afdækning with an empty list of circumstances",
                () -> anAfdaekning().with(Role.AFDAEKNING_CIRCUMSTANCES, List.of()));
        add(m, "TPL-TYPE", "an afdækning whose conclusion is a boolean, not a text",
                () -> anAfdaekning().with(Role.AFDAEKNING_CONCLUSION, true));
        add(m, "TPL-FORMAT", "an afdækning dated in words, not as an ISO date",
                () -> anAfdaekning().with(Role.DOCUMENT_DATE, "21. februar 2025"));
        add(m, "TPL-ENUM", "an afdækning with an unknown next step",
                () -> anAfdaekning().with(Role.NEXT_STEP, "VENT_OG_SE"));
        add(m, "TPL-NOT", "an afdækning whose child id is shaped like a CPR number",
                () -> anAfdaekning().with(Role.CHILD_REF, "barn-0101701234"));
        add(m, "TPL-ADDITIONAL", "an afdækning with a property its template does not know",
                () -> anAfdaekning().withAt("/ukendtFelt", "tekst"));
        add(m, "TPL-DUPLICATE", "a plan whose measure names the same goal twice",
                () -> aPlan().withIn(Role.MEASURE_GOAL_REFS, 0, List.of("maal-1", "maal-1")));
        add(m, "TPL-SWITCHED-OFF", "an investigation with resources on a dimension out of focus",
                () -> aBfu().with(Role.DIMENSION_RESOURCES, Dimension.UNDERSTOETTELSE_AF_RELATIONER,
                        List.of("Moren taler godt om faren over for børnene.")));
    }

    private static void add(Map<String, BrokenVariant> m, String code, String description,
            Supplier<DocumentFixture> source) {
        m.put(code, new BrokenVariant(code, description, source));
    }
}
