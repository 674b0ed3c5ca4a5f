package dk.ics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateOnSaveTest {

    private final List<String> out = ProgramOutput.of(ValidateOnSave::run);

    @Test
    void aDraftWithoutTheChildsPerspectiveIsSavedWithOneWarning() {
        assertThat(out.get(0)).isEqualTo("1. Kladde uden barnets perspektiv: gemt {ERROR=0, WARNING=1, INFO=0}");
        assertThat(out.get(1)).startsWith("  WARNING ICS-BFU-006 /beskrivelse/perspektiver/barnetsPerspektiv  ")
                .contains("Barnets perspektiv mangler");
    }

    @Test
    void theSameGapBlocksTheFinalSaveAsAnError() {
        assertThat(out.get(2)).isEqualTo("2. Endelig uden barnets perspektiv: afvist {ERROR=1, WARNING=0, INFO=0}");
        assertThat(out.get(3)).startsWith("  ERROR ICS-BFU-006 /beskrivelse/perspektiver/barnetsPerspektiv  ");
    }

    @Test
    void withTheChildsPerspectiveBackTheFinalSaveIsClean() {
        assertThat(out.get(4)).isEqualTo("3. Endelig med barnets perspektiv: gemt {ERROR=0, WARNING=0, INFO=0}");
        assertThat(out).hasSize(5);
    }
}
