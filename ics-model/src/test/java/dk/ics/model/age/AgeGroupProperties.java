package dk.ics.model.age;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AgeGroupProperties {

    private static final AgeGroups STANDARD = AgeGroups.standard();
    private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);

    private static int index(LocalDate birth, LocalDate on) {
        return STANDARD.ageGroupOf(birth, on).map(g -> STANDARD.groups().indexOf(g)).orElse(Integer.MAX_VALUE);
    }

    @Property
    void theAgeGroupNeverGoesBackAsTheReferenceDateMovesOn(@ForAll @IntRange(max = 20_000) int birthDay,
            @ForAll @IntRange(min = -400, max = 10_000) int first, @ForAll @IntRange(max = 400) int step) {
        LocalDate birth = EPOCH.plusDays(birthDay);
        LocalDate on = birth.plusDays(first);
        assertThat(index(birth, on.plusDays(step))).isGreaterThanOrEqualTo(index(birth, on));
    }

    @Property
    void aChildsGroupContainsItsAgeInWholeMonths(@ForAll @IntRange(max = 20_000) int birthDay,
            @ForAll @IntRange(max = 23 * 366) int days) {
        LocalDate birth = EPOCH.plusDays(birthDay);
        LocalDate on = birth.plusDays(days);
        long months = Period.between(birth, on).toTotalMonths();
        STANDARD.ageGroupOf(birth, on).ifPresentOrElse(
                g -> assertThat(g.containsMonths(months)).isTrue(),
                () -> assertThat(months).isGreaterThanOrEqualTo(23 * 12));
    }

    @Property
    void everyDateBeforeBirthIsUnborn(@ForAll @IntRange(max = 20_000) int birthDay,
            @ForAll @IntRange(min = 1, max = 400) int daysBefore) {
        LocalDate birth = EPOCH.plusDays(birthDay);
        assertThat(STANDARD.ageGroupOf(birth, birth.minusDays(daysBefore)).map(AgeGroup::kind))
                .contains(AgeGroupKind.UNBORN);
    }
}
