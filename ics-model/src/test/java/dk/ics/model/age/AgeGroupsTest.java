package dk.ics.model.age;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Language;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeGroupsTest {

    private static final AgeGroups STANDARD = AgeGroups.standard();
    private static final LocalDate BORN = LocalDate.of(2010, 5, 17);

    private static String groupOn(LocalDate birth, LocalDate on) {
        return STANDARD.ageGroupOf(birth, on).map(AgeGroup::code).orElse("NONE");
    }

    @Test
    void theStandardGroupsAreTheDefaultsOfTheDomainReference() {
        assertThat(STANDARD.codes()).containsExactly("UFOEDT", "MDR_0_11", "AAR_1_2", "AAR_3_5", "AAR_6_9",
                "AAR_10_14", "AAR_15_17", "AAR_18_22");
        assertThat(STANDARD.byCode("UFOEDT").kind()).isEqualTo(AgeGroupKind.UNBORN);
        assertThat(STANDARD.byCode("AAR_18_22").kind()).isEqualTo(AgeGroupKind.AFTER_CARE);
        assertThat(STANDARD.byCode("AAR_3_5").label().in(Language.DA)).isEqualTo("3-5 år");
        assertThat(STANDARD.byCode("AAR_3_5").label().in(Language.EN)).isEqualTo("3-5 years");
        assertThat(STANDARD.source().da()).contains("ikke offentliggjort");
    }

    @ParameterizedTest(name = "{0} years: {1} the day before, {2} on the birthday")
    @CsvSource({
            "1, MDR_0_11, AAR_1_2",
            "3, AAR_1_2, AAR_3_5",
            "6, AAR_3_5, AAR_6_9",
            "10, AAR_6_9, AAR_10_14",
            "15, AAR_10_14, AAR_15_17",
            "18, AAR_15_17, AAR_18_22",
            "23, AAR_18_22, NONE"})
    void aChildChangesGroupOnTheBirthdayThatStartsTheNextGroup(int years, String before, String on) {
        LocalDate birthday = BORN.plusYears(years);
        assertThat(groupOn(BORN, birthday.minusDays(1))).isEqualTo(before);
        assertThat(groupOn(BORN, birthday)).isEqualTo(on);
    }

    @Test
    void aChildIsInTheFirstGroupOnTheDayOfBirth() {
        assertThat(groupOn(BORN, BORN)).isEqualTo("MDR_0_11");
    }

    @Test
    void aChildBornOnTheTwentyNinthOfFebruaryTurnsOneOnTheFirstOfMarch() {
        LocalDate leapBorn = LocalDate.of(2020, 2, 29);
        assertThat(groupOn(leapBorn, LocalDate.of(2021, 2, 28))).isEqualTo("MDR_0_11");
        assertThat(groupOn(leapBorn, LocalDate.of(2021, 3, 1))).isEqualTo("AAR_1_2");
        // 2023 has no 29 February either: the third birthday is reached on 1 March.
        assertThat(groupOn(leapBorn, LocalDate.of(2023, 2, 28))).isEqualTo("AAR_1_2");
        assertThat(groupOn(leapBorn, LocalDate.of(2023, 3, 1))).isEqualTo("AAR_3_5");
        // In a leap year the birthday exists and counts on the day itself.
        assertThat(groupOn(leapBorn, LocalDate.of(2032, 2, 28))).isEqualTo("AAR_10_14");
        assertThat(groupOn(LocalDate.of(2016, 2, 29), LocalDate.of(2032, 2, 29))).isEqualTo("AAR_15_17");
        assertThat(groupOn(LocalDate.of(2016, 2, 29), LocalDate.of(2032, 2, 28))).isEqualTo("AAR_15_17");
        assertThat(groupOn(LocalDate.of(2017, 2, 28), LocalDate.of(2032, 2, 28))).isEqualTo("AAR_15_17");
    }

    @Test
    void anExpectedChildIsInTheUnbornGroupUntilTheDayOfBirth() {
        LocalDate expected = LocalDate.of(2026, 8, 1);
        assertThat(groupOn(expected, LocalDate.of(2026, 3, 1))).isEqualTo("UFOEDT");
        assertThat(groupOn(expected, expected.minusDays(1))).isEqualTo("UFOEDT");
        assertThat(groupOn(expected, expected)).isEqualTo("MDR_0_11");
    }

    @Test
    void aYoungPersonPastTheLastGroupHasNoGroup() {
        assertThat(STANDARD.ageGroupOf(BORN, BORN.plusYears(40))).isEmpty();
        AgeGroups noAfterCare = STANDARD.withoutAfterCare();
        assertThat(noAfterCare.codes()).doesNotContain("AAR_18_22");
        assertThat(noAfterCare.ageGroupOf(BORN, BORN.plusYears(18))).isEmpty();
        assertThat(noAfterCare.ageGroupOf(BORN, BORN.plusYears(18).minusDays(1)).map(AgeGroup::code))
                .contains("AAR_15_17");
    }

    @Test
    void aSetWithoutAnUnbornGroupHasNoGroupBeforeBirth() {
        AgeGroups groups = new AgeGroups("x", "1", null,
                STANDARD.groups().stream().filter(g -> g.kind() != AgeGroupKind.UNBORN).toList());
        assertThat(groups.ageGroupOf(BORN, BORN.minusDays(1))).isEqualTo(Optional.empty());
        assertThat(groups.ageGroupOf(BORN, BORN).map(AgeGroup::code)).contains("MDR_0_11");
    }

    @Test
    void groupsCanBeLookedUpByCode() {
        assertThat(STANDARD.find("AAR_6_9")).map(AgeGroup::fromMonths).contains(72L);
        assertThat(STANDARD.find("NOPE")).isEmpty();
        assertThat(STANDARD.byCode("AAR_6_9").containsMonths(119)).isTrue();
        assertThat(STANDARD.byCode("AAR_6_9").containsMonths(120)).isFalse();
    }
}
