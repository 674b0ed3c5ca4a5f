package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the example documents one coherent fictitious case, so that the validation rules can check a plan against
 * its BFU and a follow-up against its plan on them. Reads the built-in field names, which is right for these files.
 */
class ExampleCaseIsCoherentTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "data", "documents");
    private static final Pattern CPR_LIKE = Pattern.compile("[0-9]{6}-?[0-9]{4}");
    private static final List<String> CASE_DOCUMENTS = List.of("underretning", "afdaekning", "partner-skole",
            "partner-dagtilbud", "partner-sundhedspleje", "bfu", "barnets-plan", "opfoelgning");

    @Test
    void noExampleDocumentHoldsAnythingShapedLikeACprNumber() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.toList()) {
                List<String> texts = new ArrayList<>();
                collectTexts(read(file), texts);
                assertThat(texts).as(file.getFileName().toString()).noneMatch(t -> CPR_LIKE.matcher(t).find());
            }
        }
    }

    @Test
    void theCaseDocumentsAreAboutOneNineYearOldChild() {
        JsonNode child = doc("underretning").get("barn");
        for (String id : CASE_DOCUMENTS) {
            assertThat(doc(id).get("barn")).as(id).isEqualTo(child);
        }
        LocalDate born = date(child.get("foedselsdato"));
        assertThat(Period.between(born, date(doc("underretning").at("/vurdering24Timer/vurderet"))).getYears())
                .isEqualTo(9);
        assertThat(Period.between(born, date(doc("opfoelgning").get("dokumentdato"))).getYears()).isEqualTo(9);
    }

    @Test
    void theCaseStepsFollowEachOtherWithinTheirDeadlines() {
        LocalDate received = date(doc("underretning").get("modtaget"));
        LocalDate afdaekning = date(doc("afdaekning").get("dokumentdato"));
        JsonNode bfu = doc("bfu");
        LocalDate needKnown = date(bfu.at("/indledning/behovKendtDato"));
        LocalDate bfuDone = date(bfu.get("dokumentdato"));
        LocalDate decision = date(bfu.at("/vurderingOgAfgoerelse/afgoerelsesdato"));
        JsonNode plan = doc("barnets-plan");
        LocalDate planMade = date(plan.get("dokumentdato"));
        LocalDate firstMeasure = plan.get("indsatser").valueStream().map(m -> date(m.get("startdato")))
                .min(LocalDate::compareTo).orElseThrow();
        JsonNode followUp = doc("opfoelgning");
        LocalDate followedUp = date(followUp.get("dokumentdato"));

        assertThat(afdaekning).isAfter(received);
        for (String partner : List.of("partner-skole", "partner-dagtilbud", "partner-sundhedspleje")) {
            assertThat(date(doc(partner).get("dokumentdato"))).as(partner).isAfter(afdaekning).isBefore(bfuDone);
        }
        assertThat(needKnown).isEqualTo(received);
        assertThat(bfuDone).as("§ 20, stk. 3").isBeforeOrEqualTo(needKnown.plusMonths(4));
        assertThat(decision).isEqualTo(bfuDone);
        assertThat(plan.at("/grundlag/afgoerelsesdato")).isEqualTo(bfu.at("/vurderingOgAfgoerelse/afgoerelsesdato"));
        assertThat(planMade).as("§ 91").isAfter(decision).isBeforeOrEqualTo(decision.plusMonths(3));
        assertThat(firstMeasure).isAfter(decision);
        assertThat(followedUp).as("§ 95").isAfter(firstMeasure).isBeforeOrEqualTo(firstMeasure.plusMonths(3));
        assertThat(followUp.get("planDato")).isEqualTo(plan.get("dokumentdato"));
        assertThat(date(followUp.get("naesteOpfoelgning"))).isAfter(followedUp);
    }

    @Test
    void everyGoalAddressesDimensionsWithChallengesInTheBfu() {
        Map<String, JsonNode> dimensions = bfuDimensionsByCode();
        Set<String> funnel = texts(doc("bfu").at("/indledning/tragtDimensioner"));
        for (JsonNode goal : doc("barnets-plan").get("maal")) {
            for (String code : texts(goal.get("dimensioner"))) {
                assertThat(funnel).as(code).contains(code);
                assertThat(dimensions.get(code).get("iFokus").asBoolean()).as(code).isTrue();
                assertThat(dimensions.get(code).get("udfordringer")).as(code).isNotEmpty();
            }
        }
    }

    @Test
    void theFunnelSelectsExactlyTheDimensionsInFocus() {
        Set<String> inFocus = new HashSet<>();
        bfuDimensionsByCode().forEach((code, d) -> {
            if (d.get("iFokus").asBoolean()) {
                inFocus.add(code);
            }
        });
        assertThat(texts(doc("bfu").at("/indledning/tragtDimensioner"))).isEqualTo(inFocus);
    }

    @Test
    void measuresAndFollowUpsReferToTheGoalsOfThePlan() {
        for (String id : List.of("barnets-plan", "ungeplan")) {
            JsonNode plan = doc(id);
            Set<String> goals = new HashSet<>();
            plan.get("maal").forEach(g -> goals.add(g.get("id").asString()));
            Set<String> served = new HashSet<>();
            plan.get("indsatser").forEach(m -> served.addAll(texts(m.get("maal"))));
            assertThat(served).as(id).isEqualTo(goals);
        }
        Set<String> planGoals = new HashSet<>();
        doc("barnets-plan").get("maal").forEach(g -> planGoals.add(g.get("id").asString()));
        Set<String> followed = new HashSet<>();
        doc("opfoelgning").get("maalOpfoelgning").forEach(f -> followed.add(f.get("maal").asString()));
        assertThat(followed).isEqualTo(planGoals);
    }

    @Test
    void bothPlansAreMadeWithinThreeMonthsOfTheirDecisionAndPlanTheFirstFollowUpInTime() {
        for (String id : List.of("barnets-plan", "ungeplan")) {
            JsonNode plan = doc(id);
            LocalDate decision = date(plan.at("/grundlag/afgoerelsesdato"));
            LocalDate made = date(plan.get("dokumentdato"));
            LocalDate firstMeasure = plan.get("indsatser").valueStream().map(m -> date(m.get("startdato")))
                    .min(LocalDate::compareTo).orElseThrow();
            assertThat(date(plan.at("/grundlag/undersoegelsesdato"))).as(id).isBeforeOrEqualTo(decision);
            assertThat(made).as(id + ", § 91").isAfter(decision).isBeforeOrEqualTo(decision.plusMonths(3));
            assertThat(firstMeasure).as(id).isAfterOrEqualTo(decision);
            assertThat(date(plan.get("foersteOpfoelgning"))).as(id + ", § 95").isAfter(made)
                    .isBeforeOrEqualTo(firstMeasure.plusMonths(3));
        }
    }

    @Test
    void theUngeplanIsForAYoungPersonOfSixteen() {
        JsonNode plan = doc("ungeplan");
        LocalDate born = date(plan.at("/barn/foedselsdato"));
        assertThat(Period.between(born, date(plan.get("dokumentdato"))).getYears()).isEqualTo(16);
        assertThat(plan.at("/barn/id")).isNotEqualTo(doc("bfu").at("/barn/id"));
    }

    private static Map<String, JsonNode> bfuDimensionsByCode() {
        JsonNode d = doc("bfu").get("beskrivelse");
        return Map.ofEntries(
                Map.entry("SUNDHEDSFORHOLD", d.at("/barnetsUdvikling/sundhedsforhold")),
                Map.entry("UDVIKLING_OG_ADFAERD", d.at("/barnetsUdvikling/udviklingOgAdfaerd")),
                Map.entry("DAGTILBUD_SKOLEFORHOLD_OG_LAERING", d.at("/barnetsUdvikling/dagtilbudSkoleforholdOgLaering")),
                Map.entry("FRITIDSFORHOLD_OG_VENSKABER", d.at("/barnetsUdvikling/fritidsforholdOgVenskaber")),
                Map.entry("TRYGT_OMSORGSMILJOE", d.at("/foraeldrekompetencer/trygtOmsorgsmiljoe")),
                Map.entry("STIMULERING_OG_VEJLEDNING", d.at("/foraeldrekompetencer/stimuleringOgVejledning")),
                Map.entry("UNDERSTOETTELSE_AF_RELATIONER", d.at("/foraeldrekompetencer/understoettelseAfRelationer")),
                Map.entry("FAMILIEFORHOLD_OG_BAGGRUND", d.at("/familieOgNetvaerk/familieforholdOgBaggrund")),
                Map.entry("BOLIG_BESKAEFTIGELSE_OG_OEKONOMI", d.at("/familieOgNetvaerk/boligBeskaeftigelseOgOekonomi")),
                Map.entry("SOCIALT_NETVAERK", d.at("/familieOgNetvaerk/socialtNetvaerk")));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static LocalDate date(JsonNode node) {
        return LocalDate.parse(node.asString().substring(0, 10));
    }

    private static void collectTexts(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.asString());
        }
        node.forEach(child -> collectTexts(child, out));
    }

    private static JsonNode doc(String id) {
        return read(EXAMPLES.resolve(id + ".json"));
    }

    private static JsonNode read(Path file) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
