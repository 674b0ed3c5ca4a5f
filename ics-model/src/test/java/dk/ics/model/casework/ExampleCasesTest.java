package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.all;
import static dk.ics.model.casework.CaseFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example cases shipped for the CLI load and give the deadlines their README promises. */
class ExampleCasesTest {

    private static final Path DIR = Path.of("../examples/data/cases");
    private static final LocalDate ON = LocalDate.of(2026, 11, 24);

    private static List<Deadline> deadlines(String file) {
        return DeadlineCalculator.standard().deadlines(CaseRecords.read(DIR.resolve(file)), ON);
    }

    @Test
    void everyExampleCaseLoadsAndRoundTrips() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path f : files) {
            CaseRecord c = CaseRecords.read(f);
            assertThat(c.child().cpr()).as(f + " holds no CPR number").isNull();
            assertThat(CaseRecords.parse(CaseRecords.toJson(c))).isEqualTo(c);
        }
    }

    @Test
    void thePlacementCaseUnderBarnetsLovHasOverdueDeadlines() {
        List<Deadline> ds = deadlines("sag-bl-anbringelse.json");
        assertThat(only(ds, DeadlineRule.UNGEPLAN_3_MONTHS).status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(all(ds, DeadlineRule.FOLLOW_UP_NEXT_PLANNED)).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.OVERDUE);
        assertThat(only(ds, DeadlineRule.BFU_4_MONTHS).status()).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(only(ds, DeadlineRule.BFU_PRELIMINARY_ASSESSMENT_4_MONTHS).status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(only(ds, DeadlineRule.NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS).status())
                .isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(all(ds, DeadlineRule.SUPERVISION_2_PER_YEAR)).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.OPEN);
    }

    @Test
    void theClosedSupportCaseUnderServicelovenHasNothingPending() {
        List<Deadline> ds = deadlines("sag-sel-stoette.json");
        assertThat(ds).allSatisfy(d -> assertThat(d.basis()).startsWith("Serviceloven"));
        assertThat(ds).noneMatch(d -> d.status().isPending());
        // The follow-ups of 2024 were held under Barnets lov, whose schedule is the planned date (§ 95, stk. 3):
        // they planned none, so only the 2023 follow-up sets a 6-monthly deadline.
        assertThat(all(ds, DeadlineRule.FOLLOW_UP_EVERY_6_MONTHS)).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET);
    }

    @Test
    void theFreshNotificationHasOpenDeadlines() {
        List<Deadline> ds = deadlines("sag-bl-underretning.json");
        Deadline ack = only(ds, DeadlineRule.NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS);
        assertThat(ack.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(ack.formattedDue()).isEqualTo("2026-11-30");
        assertThat(only(ds, DeadlineRule.BFU_4_MONTHS).formattedDue()).isEqualTo("2027-03-21");
        assertThat(only(ds, DeadlineRule.CHILD_TALK_ABUSE).status()).isEqualTo(DeadlineStatus.MET_LATE);
    }
}
