package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final Barometer BAROMETER = Barometer.standard();
    private static final Path EXAMPLES = TestRounds.examples();

    @Test
    void scoredRoundRendersATableWithRolesAndFindings() {
        RoundScore s = BAROMETER.score(Rounds.read(EXAMPLES.resolve("eksempel-kommune-2023.csv")));
        String da = s.render(Language.DA);
        assertThat(da).startsWith("Eksempel Kommune, 2023-03-15 (ics-implementeringsbarometer 2019.1)\n");
        assertThat(da).containsPattern("S2 Der er en plan for implementering/forankring\\s+32  Rød");
        assertThat(da).containsPattern("Samlet\\s+47  Gul");
        assertThat(da).contains("WARNING BAR-ROLE-GAP /aimPoints/0: Sigtepunkt S1");
        assertThat(s.render(Language.EN)).containsPattern("Overall\\s+47  Yellow");
    }

    @Test
    void trendRendersScoresPerRoundWithDirection() {
        Trend t = BAROMETER.compare(Rounds.read(EXAMPLES.resolve("eksempel-kommune-2023.json")),
                Rounds.read(EXAMPLES.resolve("eksempel-kommune-2024.csv")));
        assertThat(t.render(Language.DA)).containsPattern("S2\\s+32\\s+69\\s+\\+37  Fremgang");
        assertThat(t.render(Language.EN)).contains("The statement that moved most: S2.");
    }

    @Test
    void checklistUsageAndNextStepsRender() {
        String checklist = Checklist.evaluate(MunicipalityProfile.load(EXAMPLES.resolve("kommune.json")))
                .render(Language.DA);
        assertThat(checklist).contains("Opfyldt       Der er udpeget en ICS-ansvarlig: Der er udpeget en ICS-ansvarlig.");
        String usage = BAROMETER.usage(UsageFigures.load(EXAMPLES.resolve("brug-af-ics.json"))).render(Language.EN);
        assertThat(usage).containsPattern("Follow-up\\s+44  Yellow\\s+35/61 on ICS templates, 19 without errors");
        RoundScore s = BAROMETER.score(Rounds.read(EXAMPLES.resolve("eksempel-kommune-2023.csv")));
        String steps = NextStep.render(BAROMETER.nextSteps(s, 2), Language.EN);
        assertThat(steps).startsWith("S2 There is a plan for implementation/anchoring (32, Red)\n  - Set up");
    }
}
