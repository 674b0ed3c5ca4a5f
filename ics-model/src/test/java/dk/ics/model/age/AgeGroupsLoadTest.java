package dk.ics.model.age;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsException;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsParseException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.IcsLimitException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgeGroupsLoadTest {

    static Path file(String name) {
        try {
            return Path.of(AgeGroupsLoadTest.class.getResource("/age/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMunicipalityCanLoadItsOwnGroups() {
        AgeGroups own = AgeGroups.load(file("municipal.json"));
        assertThat(own.codes()).containsExactly("SMAA", "STOERRE");
        assertThat(own.byCode("SMAA").label().en()).isNull();
        LocalDate born = LocalDate.of(2020, 1, 1);
        assertThat(own.ageGroupOf(born, LocalDate.of(2022, 12, 31)).map(AgeGroup::code)).contains("SMAA");
        assertThat(own.ageGroupOf(born, LocalDate.of(2023, 1, 1)).map(AgeGroup::code)).contains("STOERRE");
        assertThat(own.ageGroupOf(born, LocalDate.of(2019, 6, 1))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource({
            "gap.json, /groups/3/from, gap",
            "overlap.json, /groups/4/from, overlap",
            "unknown-kind.json, /groups/2/kind, UNBORN, CHILD, AFTER_CARE",
            "missing-danish.json, /groups/5/label/da, missing Danish text",
            "duplicate-code.json, /groups/6/code, appears twice",
            "not-from-birth.json, /groups/1/from, start at birth",
            "empty-range.json, /groups/2/until, after 'from'",
            "unknown-property.json, /groups/3/kolor, unknown property"})
    void aBadFileIsRefusedWithTheFileAndThePointer(String name, String pointer, String reason) {
        Path f = file(name);
        assertThatThrownBy(() -> AgeGroups.load(f))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    Location at = e.location();
                    assertThat(at.source()).isEqualTo(f.toString());
                    assertThat(at.pointer()).isEqualTo(pointer);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void aMissingFileAndTooLargeFileAreRefusedWithTheFileName() {
        Path missing = Path.of("no-such-age-groups.json");
        assertThatThrownBy(() -> AgeGroups.load(missing)).isInstanceOf(IcsParseException.class)
                .hasMessageContaining("no-such-age-groups.json");
        assertThatThrownBy(() -> AgeGroups.load(file("municipal.json"), ReadLimits.DEFAULTS.withMaxBytes(50)))
                .isInstanceOf(IcsLimitException.class);
    }

    @Test
    void aFailedLoadLeavesTheStandardGroupsUntouched() {
        assertThatThrownBy(() -> AgeGroups.load(file("gap.json"))).isInstanceOf(IcsException.class);
        assertThat(AgeGroups.standard().codes()).hasSize(8);
        assertThat(AgeGroups.standard().byCode("AAR_6_9").from().getYears()).isEqualTo(6);
    }
}
