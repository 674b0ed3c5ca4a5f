package dk.ics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCustomisedTemplateTest {

    private final List<String> out = ProgramOutput.of(CheckCustomisedTemplate::run);

    @Test
    void theMunicipalitysCustomisedBfuConforms() {
        assertThat(out).contains("bfu-eksempelkommune@1.0.0 (afledt af bfu): GODKENDT {ERROR=0, WARNING=0, INFO=0}");
    }

    @Test
    void aTemplateWithoutTheHousingDimensionIsRejectedForEveryRoleItDropped() {
        int heading = out.indexOf("bfu-uden-bolig@1.0.0 (afledt af bfu): AFVIST {ERROR=8, WARNING=0, INFO=0}");
        assertThat(heading).isNotNegative();
        assertThat(out.subList(heading + 1, heading + 9)).allSatisfy(line -> assertThat(line)
                .startsWith("  ERROR TPL-CONF-MISSING-ROLE /beskrivelse/familieOgNetvaerk/"
                        + "boligBeskaeftigelseOgOekonomi")
                .contains("(Bolig, beskæftigelse og økonomi)"));
        assertThat(out.get(heading + 9)).doesNotStartWith("  ");
    }

    @Test
    void aTemplateWithoutResourcesOnHealthIsRejectedAtThatPlace() {
        int heading = out.indexOf(
                "bfu-uden-ressourcer-helbred@1.0.0 (afledt af bfu): AFVIST {ERROR=1, WARNING=0, INFO=0}");
        assertThat(heading).isNotNegative();
        assertThat(out.get(heading + 1)).startsWith(
                "  ERROR TPL-CONF-MISSING-ROLE /beskrivelse/barnetsUdvikling/sundhedsforhold/ressourcer  ")
                .contains("ressourcerne (Sundhedsforhold)");
    }

    @Test
    void onlyTheCustomisedTemplatesAreChecked() {
        assertThat(out).filteredOn(line -> line.contains("(afledt af ")).hasSize(3);
    }

    @Test
    void theExampleDocumentOnTheCustomisedLayoutHasNoFindings() {
        assertThat(out.get(out.size() - 1)).isEqualTo("Dokument på bfu-eksempelkommune@1.0.0: ingen fund");
    }
}
