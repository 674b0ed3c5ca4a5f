package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class CommandLinePropertyTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 24);

    @Property(tries = 200)
    void anyTextThatIsNoDateIsBadInputOnOneLineWithoutBeingEchoed(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 30) String text) {
        String value = "X9" + text;

        CliRun run = CliRun.ics("focus-areas", "--birth-date", value);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").doesNotContain(value);
    }

    @Property(tries = 200)
    void everyChildUnder23HasAnAgeGroupAndEveryOlderOneHasNone(@ForAll @IntRange(min = -300, max = 12_000) int days) {
        LocalDate birthDate = ON.minusDays(days);

        CliRun run = CliRun.ics("focus-areas", "--birth-date", birthDate.toString(), "--on", ON.toString(),
                "--format", "json");

        assertThat(run.exitCode()).isZero();
        boolean under23 = birthDate.plusYears(23).isAfter(ON);
        assertThat(run.out().contains("\"ageGroup\" : null")).isEqualTo(!under23);
    }
}
