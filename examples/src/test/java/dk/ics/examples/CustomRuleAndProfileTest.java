package dk.ics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomRuleAndProfileTest {

    private final List<String> out = ProgramOutput.of(CustomRuleAndProfile::run);

    @Test
    void withTheDefaultProfileTheVendorsRuleWarnsAboutTwoGoalsAndTheMissingDecisionDateIsReported() {
        assertThat(before()).containsExactly(
                "  bfu: {ERROR=0, WARNING=0, INFO=0}",
                "  barnets-plan: {ERROR=0, WARNING=3, INFO=0}",
                "    WARNING ICS-CTX-MISSING   Regel ICS-PLAN-005 kunne ikke anvendes: sagens oplysninger mangler"
                        + " datoen for afgørelsen.",
                "    WARNING ACME-PLAN-001 /maal/1/succeskriterium  Mål 2: succeskriteriet siger ikke, hvornår"
                        + " det skal være nået.",
                "    WARNING ACME-PLAN-001 /maal/2/succeskriterium  Mål 3: succeskriteriet siger ikke, hvornår"
                        + " det skal være nået.");
    }

    @Test
    void theStricterProfileRaisesTheVendorsRuleToErrorAndDropsTheSwitchedOffRule() {
        assertThat(after()).contains("  barnets-plan: {ERROR=2, WARNING=0, INFO=0}")
                .filteredOn(line -> line.contains("ACME-PLAN-001"))
                .allSatisfy(line -> assertThat(line).startsWith("    ERROR ACME-PLAN-001 /maal/")).hasSize(2);
        assertThat(after()).noneMatch(line -> line.contains("ICS-PLAN-005") || line.contains("ICS-CTX-MISSING"));
    }

    @Test
    void theProfilesThresholdFlagsTheTwoDescriptionsShorterThan250Characters() {
        assertThat(after()).contains("  bfu: {ERROR=2, WARNING=0, INFO=0}",
                "    ERROR ICS-BFU-002 /beskrivelse/familieOgNetvaerk/socialtNetvaerk/beskrivelse  Beskrivelsen af"
                        + " dimensionen Socialt netværk er kortere end 250 tegn.",
                "    ERROR ICS-BFU-002 /beskrivelse/foraeldrekompetencer/stimuleringOgVejledning/beskrivelse"
                        + "  Beskrivelsen af dimensionen Stimulering og vejledning er kortere end 250 tegn.");
    }

    private List<String> before() {
        assertThat(out.get(0)).isEqualTo("Standardprofil:");
        return out.subList(1, out.indexOf("Eksempel Kommune (strengere profil):"));
    }

    private List<String> after() {
        return out.subList(out.indexOf("Eksempel Kommune (strengere profil):") + 1, out.size());
    }
}
