package dk.ics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareBarometerRoundsTest {

    private final List<String> out = ProgramOutput.of(CompareBarometerRounds::run);

    @Test
    void scoresThe2024Round() {
        assertThat(out.get(0)).isEqualTo("Eksempel Kommune 2024-03-14: samlet 63 (Gul), 16 svar");
    }

    @Test
    void showsEachAimPointsChangeAndDirectionSince2023() {
        assertThat(out.subList(1, 8)).extracting(String::strip).containsExactly(
                "S1 Ledelsen går foran                            60 -> 71  +11  Fremgang",
                "S2 Der er en plan for implementering/forankring  32 -> 69  +37  Fremgang",
                "S3 ICS-superbrugerne er forandringsagenter       47 -> 71  +24  Fremgang",
                "S4 Medarbejderne klædes på                       51 -> 73  +22  Fremgang",
                "S5 Ting tager tid                                41 -> 55  +14  Fremgang",
                "S6 ICS danner rammen for den daglige praksis     55 -> 63  +8  Fremgang",
                "S7 Samarbejdspartnerne inddrages                 40 -> 41  +1  Stabil");
    }

    @Test
    void reportsTheTwoLargeGapsBetweenRoles() {
        int heading = out.indexOf("Forskelle mellem roller:");
        assertThat(out.subList(heading + 1, heading + 3)).satisfiesExactly(
                line -> assertThat(line).startsWith("  WARNING BAR-ROLE-GAP Sigtepunkt S1 ").contains("40 point"),
                line -> assertThat(line).startsWith("  WARNING BAR-ROLE-GAP Sigtepunkt S5 ").contains("32 point"));
        assertThat(out.get(heading + 3)).isEqualTo("Forslag til næste skridt:");
    }

    @Test
    void suggestsNextStepsForTheTwoWeakestAimPoints() {
        int heading = out.indexOf("Forslag til næste skridt:");
        List<String> steps = out.subList(heading + 1, out.size());
        assertThat(steps).filteredOn(line -> !line.startsWith("    - ")).containsExactly(
                "  S7 Samarbejdspartnerne inddrages (41, Gul)", "  S5 Ting tager tid (55, Gul)");
        assertThat(steps).filteredOn(line -> line.startsWith("    - ")).isNotEmpty();
    }
}
