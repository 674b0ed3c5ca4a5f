package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.casework.DanishHoliday;
import dk.ics.model.casework.DanishHolidayCalendar;
import dk.ics.model.casework.DeadlineCalculator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which customary days are closed is a setting of the profile, and the validator's deadlines follow it. */
class CalendarSettingTest {

    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2025, 12, 24);

    private static Profile profile(String json) {
        return Profile.parse(json.getBytes(StandardCharsets.UTF_8), "profil.json");
    }

    @Test
    void byDefaultGrundlovsdagChristmasEveAndNewYearsEveAreClosed() {
        assertThat(Profile.defaults().calendar().closedCustomaryDays())
                .containsExactly(DanishHoliday.GRUNDLOVSDAG, DanishHoliday.JULEAFTENSDAG,
                        DanishHoliday.NYTAARSAFTENSDAG);
        assertThat(IcsValidator.standard().deadlineCalculator().calendar().isWorkingDay(CHRISTMAS_EVE)).isFalse();
    }

    @Test
    void aProfileNamesTheClosedDaysAndTheValidatorsDeadlinesUseThem() {
        Profile p = profile("{\"calendar\": {\"closedDays\": [\"GRUNDLOVSDAG\"]}}");
        assertThat(p.calendar().closedCustomaryDays()).containsExactly(DanishHoliday.GRUNDLOVSDAG);
        IcsValidator v = IcsValidator.builder().profile(p).build();
        assertThat(v.deadlineCalculator().calendar().isWorkingDay(CHRISTMAS_EVE)).isTrue();
        assertThat(v.deadlineCalculator().calendar().isWorkingDay(LocalDate.of(2025, 6, 5))).isFalse();
        assertThat(profile("{\"calendar\": {\"closedDays\": []}}").calendar().closedCustomaryDays()).isEmpty();
        assertThat(p.toString()).contains("GRUNDLOVSDAG");
    }

    @Test
    void aCalculatorGivenToTheBuilderWinsOverTheProfilesCalendar() {
        DeadlineCalculator own = DeadlineCalculator.builder().calendar(DanishHolidayCalendar.closing(Set.of())).build();
        IcsValidator v = IcsValidator.builder().profile(Profile.defaults()).deadlineCalculator(own).build();
        assertThat(v.deadlineCalculator()).isSameAs(own);
    }

    @Test
    void anUnknownClosedDayIsRefusedNamingItWhereItIs() {
        assertThatThrownBy(() -> profile("{\"calendar\": {\"closedDays\": [\"JULEDAG\"]}}"))
                .isInstanceOf(IcsUnknownCodeException.class).hasMessageContaining("JULEDAG")
                .hasMessageContaining("/calendar/closedDays/0").hasMessageContaining("NYTAARSAFTENSDAG");
        assertThatThrownBy(() -> profile("{\"calendar\": {\"lukkedage\": []}}"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("closedDays");
    }
}
