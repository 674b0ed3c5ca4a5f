package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.casework.CaseStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchoringPlanTest {

    private static final AnchoringPlan PLAN = AnchoringPlan.load(TestRounds.examples()
            .resolve("forankringsplan.json"));

    @Test
    void examplePlanLoadsWithItsParts() {
        assertThat(PLAN.status()).isEqualTo(PlanStatus.IN_FORCE);
        assertThat(PLAN.goals()).hasSize(3);
        assertThat(PLAN.tasks()).hasSize(7).allSatisfy(t -> assertThat(t.responsible()).isNotBlank());
        assertThat(PLAN.cutOff(CaseStep.BARNETS_PLAN).orElseThrow().from()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(PLAN.cutOff(CaseStep.BARNETS_PLAN).orElseThrow().appliesOn(LocalDate.of(2023, 11, 1))).isTrue();
        assertThat(PLAN.cutOff(CaseStep.UNDERRETNING)).isEmpty();
        assertThat(PLAN.aimPointsNotCovered(Catalogue.standard())).isEmpty();
        assertThat(PLAN.toString()).doesNotContain("Nedsætte");
    }

    @Test
    void overdueTasksAreThoseNotDoneBeforeTheDay() {
        assertThat(PLAN.overdueTasks(LocalDate.of(2024, 3, 14))).extracting(PlanTask::id).containsExactly("T3");
        assertThat(PLAN.overdueTasks(LocalDate.of(2024, 7, 1))).extracting(PlanTask::id)
                .containsExactly("T3", "T5", "T7");
    }

    @Test
    void unknownAimPointIsRefusedWithItsPointer(@TempDir Path dir) throws IOException {
        Path f = write(dir, "\"goals\": [{\"id\": \"M1\", \"text\": \"Mål\", \"aimPoints\": [\"S8\"]}]");
        assertThatThrownBy(() -> AnchoringPlan.load(f)).isInstanceOf(IcsUnknownCodeException.class)
                .hasMessageContaining("/goals/0/aimPoints/0").hasMessageContaining("'S8'");
    }

    @Test
    void taskWithoutResponsibleIsRefused(@TempDir Path dir) throws IOException {
        Path f = write(dir, "\"tasks\": [{\"id\": \"T1\", \"text\": \"Opgave\", \"deadline\": \"2024-01-01\"}]");
        assertThatThrownBy(() -> AnchoringPlan.load(f)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/tasks/0/responsible");
    }

    @Test
    void secondCutOffDateForAStepIsRefused(@TempDir Path dir) throws IOException {
        Path f = write(dir, "\"cutOffDates\": [{\"step\": \"OPFOELGNING\", \"from\": \"2024-01-01\"}, "
                + "{\"step\": \"OPFOELGNING\", \"from\": \"2024-02-01\"}]");
        assertThatThrownBy(() -> AnchoringPlan.load(f)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/cutOffDates/1/step");
    }

    @Test
    void duplicateIdsAreRefused(@TempDir Path dir) throws IOException {
        Path f = write(dir, "\"goals\": [{\"id\": \"X\", \"text\": \"a\"}], \"milestones\": [{\"id\": \"X\", "
                + "\"text\": \"b\", \"date\": \"2024-01-01\", \"reached\": false}]");
        assertThatThrownBy(() -> AnchoringPlan.load(f)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/milestones/0/id").hasMessageContaining("duplicate id 'X'");
    }

    private static Path write(Path dir, String parts) throws IOException {
        Path f = dir.resolve("plan.json");
        Files.writeString(f, "{\"municipality\": \"X\", \"status\": \"DRAFT\", " + parts + "}");
        return f;
    }
}
