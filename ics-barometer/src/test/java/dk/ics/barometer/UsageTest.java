package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.casework.CaseStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 30);

    private static UsageScore score(StepFigures... steps) {
        return Barometer.standard().usage(new UsageFigures("Testkommune", FROM, TO, List.of(steps)));
    }

    @Test
    void exampleFiguresScorePerStepAndOverall() {
        UsageFigures f = UsageFigures.load(TestRounds.examples().resolve("brug-af-ics.json"));
        UsageScore s = Barometer.standard().usage(f);
        // (44 + 35) / 92 = 85.9 → 86; (31 + 22) / 76 = 69.7 → 70; (35 + 19) / 122 = 44.3 → 44
        assertThat(s.steps()).extracting(StepUsage::score).containsExactly(86, 70, 44);
        assertThat(s.steps()).extracting(StepUsage::status).containsExactly(Status.GREEN, Status.GREEN,
                Status.YELLOW);
        // mean of 85.87, 69.74, 44.26 = 66.62 → 67
        assertThat(s.overall()).isEqualTo(67);
        assertThat(s.overallStatus()).isEqualTo(Status.GREEN);
    }

    @Test
    void stepScoreWeighsTemplateUseAndPassedChecksEqually() {
        UsageScore s = score(new StepFigures(CaseStep.BARNETS_PLAN, 10, 10, 0),
                new StepFigures(CaseStep.OPFOELGNING, 10, 6, 6));
        assertThat(s.steps()).extracting(StepUsage::score).containsExactly(50, 60);
        assertThat(s.overall()).isEqualTo(55);
    }

    @Test
    void stepWithoutDocumentsHasNoScoreAndDoesNotCountOverall() {
        UsageScore s = score(new StepFigures(CaseStep.BARNETS_PLAN, 0, 0, 0),
                new StepFigures(CaseStep.OPFOELGNING, 4, 4, 4));
        assertThat(s.steps().get(0).status()).isEqualTo(Status.INSUFFICIENT_ANSWERS);
        assertThat(s.overall()).isEqualTo(100);
        assertThat(score(new StepFigures(CaseStep.BARNETS_PLAN, 0, 0, 0)).overallStatus())
                .isEqualTo(Status.INSUFFICIENT_ANSWERS);
    }

    @Test
    void impossibleFiguresAreRefused() {
        assertThatThrownBy(() -> score(new StepFigures(CaseStep.BARNETS_PLAN, 5, 6, 0)))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/steps/0/onIcsTemplate");
        assertThatThrownBy(() -> score(new StepFigures(CaseStep.BARNETS_PLAN, 5, 4, 5)))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/steps/0/passedChecks");
        assertThatThrownBy(() -> score(new StepFigures(CaseStep.BARNETS_PLAN, 5, 4, 3),
                new StepFigures(CaseStep.BARNETS_PLAN, 5, 4, 3)))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("duplicate step BARNETS_PLAN");
        assertThatThrownBy(() -> Barometer.standard().usage(new UsageFigures("X", TO, FROM,
                List.of(new StepFigures(CaseStep.BARNETS_PLAN, 1, 1, 1)))))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/to");
    }

    @Test
    void usageFileWithAnUnknownStepIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("u.json");
        java.nio.file.Files.writeString(f, "{\"municipality\": \"X\", \"from\": \"2024-01-01\", \"to\": "
                + "\"2024-02-01\", \"steps\": [{\"step\": \"BFU\", \"documents\": 1, \"onIcsTemplate\": 1, "
                + "\"passedChecks\": 1}]}");
        assertThatThrownBy(() -> UsageFigures.load(f)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/steps/0/step");
    }

    @Test
    void figuresMadeInCodeAreCheckedLikeLoadedOnesAndTheScoreExportsAsJson() {
        UsageFigures ok = new UsageFigures("X", FROM, TO, List.of(new StepFigures(CaseStep.BARNETS_PLAN, 10, 8, 6)));
        assertThat(ok.checked()).isSameAs(ok);
        assertThatThrownBy(() -> new UsageFigures("X", TO, FROM, ok.steps()).checked())
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/to");
        // (8 + 6) / (2 * 10) = 70
        assertThat(score(new StepFigures(CaseStep.BARNETS_PLAN, 10, 8, 6)).toJson())
                .contains("\"step\" : \"BARNETS_PLAN\"", "\"score\" : 70", "\"overall\" : 70");
    }
}
