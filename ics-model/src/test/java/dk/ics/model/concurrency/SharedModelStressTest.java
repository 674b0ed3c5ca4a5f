package dk.ics.model.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.IcsException;
import dk.ics.model.ReadLimits;
import dk.ics.model.age.AgeGroup;
import dk.ics.model.age.AgeGroups;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.DanishHoliday;
import dk.ics.model.casework.DanishHolidayCalendar;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.EventType;
import dk.ics.model.child.Cpr;
import dk.ics.model.focus.AgeGroupFocus;
import dk.ics.model.focus.FocusAreas;
import dk.ics.model.triangle.DimensionMigration;
import dk.ics.model.triangle.LegacyDimension;
import dk.ics.model.triangle.MigrationTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The model's shared services (the standard and a customised {@link DeadlineCalculator}, the holiday calendar, the
 * standard age groups, the built-in focus areas, the dimension migration, and the JSON parser factories cached per
 * {@link ReadLimits}), used by many threads at once, give exactly the results of a sequential run. Each task parses,
 * with one of several read limits, a case generated from a fixed seed (random event types, times and attributes, so
 * some cases are refused for their event order and the refusal is part of the result),
 * computes its deadlines with both calculators, and looks up the child's CPR number, age group and focus areas, the
 * holidays of a year and a migration. The amount of work is fixed, so the test is repeatable and its time bounded;
 * all threads start together to maximise overlap. Tagged {@code stress} so that mutation testing leaves it out.
 */
@Tag("stress")
class SharedModelStressTest {

    private static final long SEED = 0x1C5_0009L;
    private static final int TASKS = 400;
    private static final int THREADS = 16;
    private static final EventType[] TYPES = EventType.values();

    private final DeadlineCalculator standard = DeadlineCalculator.standard();
    private final DeadlineCalculator customised = DeadlineCalculator.builder()
            .calendar(DanishHolidayCalendar.builder().christmasEveClosed(false).grundlovsdagClosed(false).build())
            .childTalkWithin(Duration.ofHours(48))
            .build();
    private final DanishHolidayCalendar holidays = DanishHolidayCalendar.standard();
    private final AgeGroups ageGroups = AgeGroups.standard();
    private final FocusAreas focusAreas = FocusAreas.builtIn();
    private final DimensionMigration migration = DimensionMigration.standard();

    /**
     * Read limits the tasks parse with, so that threads also share the parser factories cached per limits; each is
     * generous enough for every generated case.
     */
    private static final List<ReadLimits> LIMITS = List.of(ReadLimits.DEFAULTS,
            ReadLimits.DEFAULTS.withMaxStringLength(1_000), ReadLimits.DEFAULTS.withMaxDepth(8),
            ReadLimits.DEFAULTS.withMaxBytes(64_000).withMaxArrayLength(50));

    /**
     * One task's input: a case as JSON text, the limits to read it with, its CPR number, a reference time, a year
     * and a legacy dimension.
     */
    private record Task(String caseJson, ReadLimits limits, String cpr, Instant reference, int year,
            LegacyDimension legacy) {
    }

    /** What one task computed, compared whole between the runs. */
    private record Result(String refusal, CaseRecord record, List<Deadline> standardDeadlines,
            List<Deadline> customisedDeadlines, LocalDate birthDate, Optional<AgeGroup> ageGroup,
            Optional<AgeGroupFocus> focus, Map<LocalDate, DanishHoliday> holidays, List<MigrationTarget> targets) {
    }

    @Test
    void sharedModelServicesGiveTheSequentialResultsUnderConcurrency() throws Exception {
        List<Task> tasks = tasks(new Random(SEED));
        List<Result> sequential = new ArrayList<>();
        for (Task t : tasks) {
            sequential.add(run(t));
        }

        List<Result> concurrent = Concurrently.run(tasks, this::run, THREADS, Duration.ofMinutes(2));
        assertThat(concurrent).containsExactlyElementsOf(sequential);
        // the generated work exercises both paths: accepted cases with deadlines, and refused ones
        assertThat(sequential).filteredOn(r -> r.refusal() == null).extracting(r -> r.standardDeadlines().size())
                .anyMatch(n -> n > 0);
        assertThat(sequential).filteredOn(r -> r.refusal() != null).isNotEmpty();
        assertThat(sequential).filteredOn(r -> r.refusal() == null)
                .allSatisfy(r -> assertThat(r.record().child().dateOfBirth()).contains(r.birthDate()));
    }

    private Result run(Task t) {
        Cpr cpr = Cpr.parse(t.cpr());
        LocalDate onDay = LocalDate.ofInstant(t.reference(), standard.zone());
        Optional<AgeGroup> group = ageGroups.ageGroupOf(cpr.birthDate(), onDay);
        Optional<AgeGroupFocus> focus = focusAreas.forChild(cpr.birthDate(), onDay);
        Map<LocalDate, DanishHoliday> ofYear = holidays.holidays(t.year());
        List<MigrationTarget> targets = migration.targetsOf(t.legacy());
        CaseRecord record;
        try {
            record = CaseRecords.parse(t.caseJson(), t.limits());
        } catch (IcsException e) {
            return new Result(e.location().pointer() + " " + e.reason(), null, List.of(), List.of(),
                    cpr.birthDate(), group, focus, ofYear, targets);
        }
        CaseRecord again = CaseRecords.parse(CaseRecords.toJson(record));
        assertThat(again).isEqualTo(record);
        return new Result(null, record, standard.deadlines(record, t.reference()),
                customised.deadlines(record, t.reference()), cpr.birthDate(), group, focus, ofYear, targets);
    }

    private static List<Task> tasks(Random random) {
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            LocalDate birth = LocalDate.of(2003, 1, 1).plusDays(random.nextInt(20 * 365));
            String cpr = cpr(birth, random);
            LocalDateTime start = LocalDateTime.of(2021, 1, 1, 8, 0).plusMinutes(random.nextInt(4 * 365 * 24 * 60));
            StringBuilder json = new StringBuilder();
            json.append("{\"id\": \"sag-").append(i).append("\", \"child\": {\"id\": \"barn-").append(i)
                    .append("\", \"cpr\": \"").append(cpr).append("\"}, \"events\": [");
            int events = 1 + random.nextInt(10);
            LocalDateTime at = start;
            for (int e = 0; e < events; e++) {
                if (e > 0) {
                    json.append(", ");
                }
                // mostly forwards in time, sometimes backwards, so that some cases break the event order
                at = at.plusHours(random.nextInt(24 * 40) - (random.nextInt(8) == 0 ? 24 * 60 : 0));
                json.append(event(TYPES[random.nextInt(TYPES.length)], at, random));
            }
            json.append("]}");
            Instant reference = start.plusDays(random.nextInt(2 * 365)).atZone(DeadlineCalculator.standard().zone())
                    .toInstant();
            LegacyDimension[] legacy = LegacyDimension.values();
            out.add(new Task(json.toString(), LIMITS.get(random.nextInt(LIMITS.size())), cpr, reference,
                    2000 + random.nextInt(60),
                    legacy[random.nextInt(legacy.length)]));
        }
        return out;
    }

    private static String event(EventType type, LocalDateTime at, Random random) {
        StringBuilder e = new StringBuilder("{\"type\": \"").append(type).append("\", \"at\": \"").append(at)
                .append('"');
        switch (type) {
            case NOTIFICATION_RECEIVED -> e.append(", \"concernsAbuse\": ").append(random.nextBoolean())
                    .append(", \"professionalNotifier\": ").append(random.nextBoolean());
            case DECISION_SUPPORT_32 -> e.append(", \"planToBeMade\": ").append(random.nextBoolean())
                    .append(", \"urgent\": ").append(random.nextBoolean());
            case DECISION_PLACEMENT_46, DECISION_PLACEMENT_47 -> e.append(", \"urgent\": ")
                    .append(random.nextBoolean());
            case MEASURE_STARTED, MEASURE_ENDED -> e.append(", \"placement\": ").append(random.nextBoolean());
            case FOLLOW_UP -> e.append(", \"nextPlannedDate\": \"")
                    .append(at.toLocalDate().plusDays(random.nextInt(200))).append('"');
            default -> {
            }
        }
        return e.append('}').toString();
    }

    /** A CPR number of the birth date, with the 7th digit giving its century and random further digits. */
    private static String cpr(LocalDate birth, Random random) {
        int seventh = birth.getYear() >= 2000 ? 4 : random.nextInt(4);
        return String.format("%02d%02d%02d-%d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear() % 100, seventh, random.nextInt(1000));
    }
}
