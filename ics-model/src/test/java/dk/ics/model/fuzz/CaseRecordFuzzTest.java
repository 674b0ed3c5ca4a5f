package dk.ics.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.ics.model.IcsException;
import dk.ics.model.ReadLimits;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes case-record parsing and the deadlines computed from whatever parses: arbitrary bytes give a case or an
 * {@link IcsException}, never another exception, and a case that parses survives its own JSON unchanged. In
 * {@code mvn verify} this runs over the committed inputs in {@code CaseRecordFuzzTestInputs/}; {@code -Pfuzz}
 * fuzzes it for a set time.
 */
class CaseRecordFuzzTest {

    private static final DeadlineCalculator DEADLINES = DeadlineCalculator.standard();
    private static final List<Instant> REFERENCES = List.of(Instant.parse("2015-03-01T08:00:00Z"),
            Instant.parse("2024-06-15T12:00:00Z"), Instant.parse("2031-12-31T23:59:59Z"));

    @FuzzTest(maxDuration = "5m")
    void caseParsingAndDeadlines(byte[] input) {
        CaseRecord record;
        try {
            record = CaseRecords.read(new ByteArrayInputStream(input), "fuzz.json", ReadLimits.DEFAULTS);
        } catch (IcsException expected) {
            assertThat(expected.location()).isNotNull();
            return;
        }
        assertThat(CaseRecords.parse(CaseRecords.toJson(record))).isEqualTo(record);
        for (Instant reference : references(record, input)) {
            try {
                List<Deadline> deadlines = DEADLINES.deadlines(record, reference);
                assertThat(deadlines).doesNotContainNull();
            } catch (IcsException documented) {
                assertThat(documented.location()).isNotNull();
            }
        }
    }

    private static List<Instant> references(CaseRecord record, byte[] input) {
        Instant fromInput = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(Arrays.hashCode(input) % 400_000_000L);
        LocalDate start = record.startDate().orElse(LocalDate.of(2024, 1, 1));
        return List.of(REFERENCES.get(0), REFERENCES.get(1), REFERENCES.get(2), fromInput,
                start.plusDays(30).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }
}
