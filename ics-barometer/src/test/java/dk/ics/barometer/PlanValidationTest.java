package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.internal.JsonSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An anchoring plan is checked on load: each required text blank, and each aim point unknown to the catalogue, is
 * refused at its JSON Pointer. The documents are the example plan with one change.
 */
class PlanValidationTest {

    private static final Path EXAMPLE = TestRounds.examples().resolve("forankringsplan.json");

    @TempDir
    Path dir;

    private AnchoringPlan load(Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = (ObjectNode) JsonSupport.mapper().readTree(Files.readString(EXAMPLE));
        change.accept(tree);
        Path file = Files.writeString(dir.resolve("plan.json"), JsonSupport.write(tree));
        return Barometer.standard().readPlan(file);
    }

    @ParameterizedTest(name = "{0}/{1} blank")
    @CsvSource({"'', municipality", "/goals/0, text", "/goals/1, id", "/tasks/0, text", "/tasks/0, responsible",
            "/tasks/1, id", "/milestones/0, text", "/milestones/0, id"})
    void aBlankRequiredTextIsRefusedAtItsPointer(String parent, String field) {
        assertThatThrownBy(() -> load(t -> ((ObjectNode) t.at(parent)).put(field, " ")))
                .isInstanceOfSatisfying(IcsException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo(parent + "/" + field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/goals/0", "/tasks/0", "/milestones/0", "/cutOffDates/0"})
    void anAimPointUnknownToTheCatalogueIsRefusedAtItsPointer(String parent) {
        assertThatThrownBy(() -> load(t -> ((tools.jackson.databind.node.ArrayNode) t.at(parent + "/aimPoints"))
                .insert(0, "S9")))
                .isInstanceOfSatisfying(IcsUnknownCodeException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo(parent + "/aimPoints/0"));
    }

    @Test
    void aPlanWhoseItemsNameNoAimPointsLeavesEveryAimPointUncovered() throws IOException {
        AnchoringPlan plan = load(t -> {
            for (String part : new String[] {"goals", "tasks", "cutOffDates", "milestones"}) {
                t.get(part).forEach(item -> ((ObjectNode) item).putArray("aimPoints"));
            }
        });
        assertThat(plan.aimPointsCovered()).isEmpty();
        assertThat(plan.aimPointsNotCovered(Catalogue.standard())).extracting(AimPoint::id)
                .containsExactly("S1", "S2", "S3", "S4", "S5", "S6", "S7");
    }

    @Test
    void theExamplePlanLoadsWithItsGoalsTasksAndCutOffDates() throws IOException {
        AnchoringPlan plan = load(t -> { });
        assertThat(plan.municipality()).isEqualTo("Eksempel Kommune");
        assertThat(plan.goals()).extracting(PlanGoal::id).startsWith("M1", "M2", "M3");
        assertThat(plan.aimPointsNotCovered(Catalogue.standard())).extracting(AimPoint::id)
                .doesNotContainAnyElementsOf(plan.aimPointsCovered());
        JsonNode first = JsonSupport.mapper().readTree(Files.readString(EXAMPLE)).at("/cutOffDates/0");
        LocalDate from = LocalDate.parse(first.get("from").asString());
        CutOffDate cut = plan.cutOffDates().get(0);
        assertThat(cut.appliesOn(from)).isTrue();
        assertThat(cut.appliesOn(from.minusDays(1))).isFalse();
    }
}
