package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content of the built-in templates: each loads, is a valid JSON Schema 2020-12, closes its objects, and puts
 * the ICS roles where a caseworker and the validation rules expect them.
 */
class BuiltInTemplatesTest {

    private static final String BUILTIN = "/dk/ics/templates/builtin/";
    private static final Path EXAMPLES = Path.of("..", "examples", "data", "documents");
    private static final TemplateRegistry REGISTRY = TemplateRegistry.builtIn();

    private static final Map<String, CaseStep> STEPS = Map.of(
            "underretning", CaseStep.UNDERRETNING, "afdaekning", CaseStep.AFDAEKNING,
            "bfu", CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, "barnets-plan", CaseStep.BARNETS_PLAN,
            "ungeplan", CaseStep.UNGEPLAN, "opfoelgning", CaseStep.OPFOELGNING,
            "partner-skole", CaseStep.BOERNEFAGLIG_UNDERSOEGELSE,
            "partner-dagtilbud", CaseStep.BOERNEFAGLIG_UNDERSOEGELSE,
            "partner-sundhedspleje", CaseStep.BOERNEFAGLIG_UNDERSOEGELSE);

    private static final Set<Role> DIMENSION_ROLES = EnumSet.of(Role.DIMENSION, Role.DIMENSION_IN_FOCUS,
            Role.DIMENSION_NOT_IN_FOCUS_REASON, Role.DIMENSION_DESCRIPTION, Role.DIMENSION_RESOURCES,
            Role.DIMENSION_CHALLENGES, Role.DIMENSION_NO_RESOURCES_FOUND, Role.DIMENSION_NO_CHALLENGES_FOUND);

    static Stream<String> templateIds() {
        return STEPS.keySet().stream().sorted();
    }

    static Stream<String> schemaFiles() {
        return Stream.concat(Stream.of("common.schema.json"), templateIds().map(id -> id + ".json"));
    }

    @Test
    void theRegistryHoldsExactlyTheNineBuiltInTemplatesAtVersionOne() {
        assertThat(REGISTRY.ids()).containsExactlyInAnyOrderElementsOf(STEPS.keySet());
        assertThat(REGISTRY.list()).allSatisfy(t -> assertThat(t.version().toString()).isEqualTo("1.0.0"));
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void eachTemplateNamesItsStepAndHasDanishAndEnglishTitles(String id) {
        Template t = REGISTRY.latest(id);
        assertThat(t.step()).isEqualTo(STEPS.get(id));
        assertThat(t.title().da()).isNotBlank();
        assertThat(t.title().en()).isNotBlank().isNotEqualTo(t.title().da());
        assertThat(t.derivedFrom()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everyBuiltInIsAValid2020_12Schema(String file) {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(readResource(file))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everyObjectRefusesUnknownPropertiesToCatchTypos(String id) {
        List<String> open = new ArrayList<>();
        collectOpenObjects(readResource(id + ".json"), "", open);
        assertThat(open).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everyTemplateRequiresTheChildByPseudonymAndBirthDate(String id) {
        SemanticMap map = REGISTRY.latest(id).semanticMap();
        assertThat(only(map, Role.CHILD_REF).required()).isTrue();
        assertThat(only(map, Role.CHILD_BIRTH_DATE).required()).isTrue();
        assertThat(only(map, Role.CHILD_BIRTH_DATE).shape()).isEqualTo("string(date)");
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void eachTemplateHasOneExampleDocumentThatIsFinal(String id) {
        CaseDocument doc = CaseDocument.read(EXAMPLES.resolve(id + ".json"));
        assertThat(doc.templateRef()).isEqualTo(REGISTRY.latest(id).ref());
        assertThat(doc.status()).isEqualTo(DocumentStatus.FINAL);
    }

    @Test
    void theBfuDescribesEveryDimensionWithAllItsRolesAndAnalysesEverySide() {
        SemanticMap map = REGISTRY.latest("bfu").semanticMap();
        assertThat(map.dimensions()).containsExactlyInAnyOrder(Dimension.values());
        for (Dimension d : Dimension.values()) {
            for (Role r : DIMENSION_ROLES) {
                assertThat(map.entries(r, d)).as(r + " " + d).hasSize(1);
            }
            assertThat(map.entries(Role.DIMENSION, d).get(0).pattern())
                    .startsWith("/beskrivelse/" + sideProperty(d.side()) + "/");
            assertThat(map.entries(Role.DIMENSION_IN_FOCUS, d).get(0).required()).isTrue();
        }
        for (Side s : Side.values()) {
            assertThat(map.entries(Role.ANALYSIS_SIDE, s)).as(s.code()).singleElement()
                    .satisfies(e -> assertThat(e.required()).isTrue());
        }
    }

    @Test
    void theBfuRequiresWhatAFinalInvestigationMustHaveAndLeavesTheChildPerspectiveToTheRules() {
        SemanticMap map = REGISTRY.latest("bfu").semanticMap();
        for (Role r : List.of(Role.NEED_KNOWN_DATE, Role.BACKGROUND, Role.FUNNEL_DIMENSIONS,
                Role.PARENTS_PERSPECTIVE, Role.NETWORK_PERSPECTIVE, Role.PARTNER_INFORMATION, Role.PARTNER_TYPE,
                Role.PARTNER_SUMMARY, Role.ANALYSIS_OVERALL, Role.DECISION, Role.ASSESSMENT_TEXT,
                Role.DECISION_LEGAL_BASIS, Role.DECISION_DATE, Role.CHILD_VIEW_OF_SUPPORT,
                Role.PARENTS_VIEW_OF_SUPPORT)) {
            assertThat(only(map, r).required()).as(r.code()).isTrue();
        }
        // Barnets lov § 5: the child's perspective OR the exception; which one is present is a rule.
        assertThat(only(map, Role.CHILD_PERSPECTIVE).required()).isFalse();
        assertThat(only(map, Role.CHILD_PERSPECTIVE_EXCEPTION).required()).isFalse();
        assertThat(only(map, Role.PRELIMINARY_ASSESSMENT).required()).isFalse();
    }

    @Test
    void theBfuReadsInTheOrderDescriptionAnalysisDecision() {
        List<String> order = new ArrayList<>();
        readResource("bfu.json").get("properties").propertyNames().forEach(order::add);
        assertThat(order).containsSubsequence("indledning", "beskrivelse", "analyse", "foreloebigVurdering",
                "vurderingOgAfgoerelse");
    }

    @ParameterizedTest
    @MethodSource("planIds")
    void plansTieEachGoalToDimensionsWithSomeoneResponsibleAndASuccessIndicator(String id) {
        SemanticMap map = REGISTRY.latest(id).semanticMap();
        for (Role r : List.of(Role.PLAN_PURPOSE, Role.CHILD_WISHES, Role.PARENTS_WISHES, Role.GOALS, Role.GOAL_ID,
                Role.GOAL_DESCRIPTION, Role.GOAL_DIMENSIONS, Role.GOAL_RESPONSIBLE, Role.GOAL_SUCCESS_INDICATOR,
                Role.MEASURES, Role.MEASURE_DESCRIPTION, Role.MEASURE_LEGAL_BASIS, Role.MEASURE_START_DATE,
                Role.MEASURE_GOAL_REFS)) {
            assertThat(only(map, r).required()).as(r.code()).isTrue();
        }
        assertThat(only(map, Role.GOAL_RESPONSIBLE).pattern()).isEqualTo("/maal/*/ansvarlig");
        assertThat(map.has(Role.TRANSITION_TO_ADULTHOOD)).isEqualTo(id.equals("ungeplan"));
    }

    static Stream<String> planIds() {
        return Stream.of("barnets-plan", "ungeplan");
    }

    @Test
    void theUngeplanRequiresTheTransitionToAdulthood() {
        assertThat(only(REGISTRY.latest("ungeplan").semanticMap(), Role.TRANSITION_TO_ADULTHOOD).required()).isTrue();
    }

    @Test
    void theFollowUpFollowsEachGoalAndSetsAJustifiedNextDate() {
        SemanticMap map = REGISTRY.latest("opfoelgning").semanticMap();
        for (Role r : List.of(Role.GOAL_FOLLOW_UPS, Role.FOLLOW_UP_GOAL_REF, Role.FOLLOW_UP_PROGRESS,
                Role.MEASURE_DECISION, Role.NEXT_FOLLOW_UP_DATE, Role.NEXT_FOLLOW_UP_JUSTIFICATION)) {
            assertThat(only(map, r).required()).as(r.code()).isTrue();
        }
        assertThat(only(map, Role.CHILD_PERSPECTIVE).pattern()).isEqualTo("/maalOpfoelgning/*/barnetsPerspektiv");
    }

    @Test
    void theNotificationRequiresTheTwentyFourHourAssessment() {
        SemanticMap map = REGISTRY.latest("underretning").semanticMap();
        for (Role r : List.of(Role.NOTIFICATION_RECEIVED_AT, Role.NOTIFIER_TYPE, Role.NOTIFICATION_CONCERN,
                Role.NOTIFICATION_CONCERNS_ABUSE, Role.ASSESSMENT_24H, Role.ASSESSED_AT, Role.ACUTE_DANGER,
                Role.ASSESSMENT_TEXT, Role.NEXT_STEP)) {
            assertThat(only(map, r).required()).as(r.code()).isTrue();
        }
        assertThat(only(map, Role.ASSESSED_AT).shape()).isEqualTo("string(date-time)");
        assertThat(only(map, Role.CHILD_TALK_DATE).required()).as("required only when about abuse").isFalse();
    }

    @Test
    void partnerStatementsCoverTheDimensionsThePartnerCanSeeWithResourcesChallengesAndExamples() {
        Set<Dimension> childSide = EnumSet.copyOf(Side.BARNETS_UDVIKLING.dimensions());
        Map<String, Set<Dimension>> expected = Map.of(
                "partner-skole", union(childSide, Dimension.TRYGT_OMSORGSMILJOE, Dimension.STIMULERING_OG_VEJLEDNING),
                "partner-dagtilbud", union(childSide, Dimension.TRYGT_OMSORGSMILJOE,
                        Dimension.STIMULERING_OG_VEJLEDNING, Dimension.UNDERSTOETTELSE_AF_RELATIONER),
                "partner-sundhedspleje", EnumSet.of(Dimension.SUNDHEDSFORHOLD, Dimension.UDVIKLING_OG_ADFAERD,
                        Dimension.TRYGT_OMSORGSMILJOE, Dimension.STIMULERING_OG_VEJLEDNING,
                        Dimension.UNDERSTOETTELSE_AF_RELATIONER, Dimension.SOCIALT_NETVAERK));
        expected.forEach((id, dims) -> {
            SemanticMap map = REGISTRY.latest(id).semanticMap();
            assertThat(map.dimensions()).as(id).containsExactlyInAnyOrderElementsOf(dims);
            for (Dimension d : dims) {
                for (Role r : List.of(Role.DIMENSION_RESOURCES, Role.DIMENSION_CHALLENGES, Role.CONCRETE_EXAMPLES)) {
                    assertThat(map.entries(r, d)).as(id + " " + r + " " + d).hasSize(1);
                }
            }
            assertThat(map.has(Role.DIMENSION_IN_FOCUS)).as(id).isFalse();
            assertThat(only(map, Role.PARTNER_TYPE).required()).isTrue();
            assertThat(only(map, Role.DOCUMENT_DATE).required()).isTrue();
            assertThat(map.has(Role.CHILD_PERSPECTIVE)).isTrue();
        });
    }

    private static Set<Dimension> union(Set<Dimension> base, Dimension... more) {
        Set<Dimension> out = EnumSet.copyOf(base);
        out.addAll(List.of(more));
        return out;
    }

    private static String sideProperty(Side side) {
        return switch (side) {
            case BARNETS_UDVIKLING -> "barnetsUdvikling";
            case FORAELDREKOMPETENCER -> "foraeldrekompetencer";
            case FAMILIE_OG_NETVAERK -> "familieOgNetvaerk";
        };
    }

    private static SemanticEntry only(SemanticMap map, Role role) {
        List<SemanticEntry> entries = map.entries(role);
        assertThat(entries).as(role.code() + " in " + map.entries().stream().map(SemanticEntry::pattern)
                .collect(Collectors.joining(", "))).hasSize(1);
        return entries.get(0);
    }

    private static void collectOpenObjects(JsonNode node, String at, List<String> open) {
        if (node.isObject()) {
            if (node.has("properties") && !node.has("additionalProperties") && !isConditional(at)) {
                open.add(at);
            }
            node.properties().forEach(e -> collectOpenObjects(e.getValue(), at + "/" + e.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOpenObjects(node.get(i), at + "/" + i, open);
            }
        }
    }

    /** Subschemas under if/then/else only test or add to the object they sit in; they need not close it. */
    private static boolean isConditional(String at) {
        return at.matches(".*/(if|then|else)(/.*)?");
    }

    private static JsonNode readResource(String name) {
        try (InputStream in = BuiltInTemplatesTest.class.getResourceAsStream(BUILTIN + name)) {
            assertThat(in).as(name).isNotNull();
            return JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
