package dk.ics.test;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.barometer.Answer;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.Round;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.LegalRegime;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IcsGeneratorProperties {

    @Property(tries = 200)
    void anyGeneratedCaseIsReproducibleReadsBackAndHasItsDeadlinesComputed(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1_000_000) int index) {
        CaseRecord c = IcsGenerator.seeded(seed).caseAt(index);

        assertThat(IcsGenerator.seeded(seed).caseAt(index)).isEqualTo(c);
        assertThat(CaseRecords.parse(CaseRecords.toJson(c))).isEqualTo(c);
        assertThat(c.child().cprNumber()).isEmpty();
        assertThat(c.regime()).isEqualTo(LegalRegime.forStartDate(c.startDate().orElseThrow()));
        assertThat(DeadlineCalculator.standard().deadlines(c, LocalDate.of(2027, 1, 1))).isNotEmpty();
        assertThat(c.child().dateOfBirth().orElseThrow())
                .isBefore(c.events().get(0).at().atZoneSameInstant(CaseEvent.COPENHAGEN).toLocalDate());
    }

    @Property(tries = 30)
    void anyGeneratedRoundHasAnswersOnTheScaleAndScores(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 200) int index, @ForAll @IntRange(min = 1, max = 60) int people) {
        Round round = IcsGenerator.seeded(seed).roundAt(index, people);

        assertThat(round.respondents()).hasSize(people);
        assertThat(round.respondents()).allSatisfy(r -> assertThat(r.answers().values()).allSatisfy(
                (Answer a) -> assertThat(a.value() == null || a.value() >= 0 && a.value() <= 3).isTrue()));
        assertThat(Barometer.standard().score(round).total().respondents()).isEqualTo(people);
    }
}
