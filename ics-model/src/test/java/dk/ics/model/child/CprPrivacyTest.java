package dk.ics.model.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CprPrivacyTest {

    @Test
    void toStringShowsNoDigit() {
        Cpr cpr = Cpr.parse("150612-4321");
        assertThat(cpr.toString()).isEqualTo("Cpr[******-****]").doesNotContainPattern("\\d");
        assertThat(String.valueOf(Optional.of(cpr))).doesNotContainPattern("\\d");
    }

    @Test
    void aChildWithACprNumberDoesNotShowItEither() {
        Child child = Child.withCpr("barn-a", Cpr.parse("150612-4321"));
        assertThat(child.toString()).doesNotContain("150612").doesNotContain("4321").doesNotContain("2012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"310299-1234", "3102991234", "31029-91234", "310299-12x4", "999999-9999"})
    void anInvalidNumberIsReportedWithoutItsDigits(String text) {
        assertThatThrownBy(() -> Cpr.parse(text)).isInstanceOf(IcsInvalidDataException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("3102").doesNotContain("1234")
                        .doesNotContain("9999").doesNotContain("99"));
    }
}
