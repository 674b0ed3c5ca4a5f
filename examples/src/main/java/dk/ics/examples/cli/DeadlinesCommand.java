package dk.ics.examples.cli;

import dk.ics.model.ReadLimits;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.DanishHolidayCalendar;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.validation.Profile;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ics deadlines CASE.json [--on D] [--closed-days all|none|CODE,...]}: the statutory deadlines of a case, what
 * is open, met or overdue, and the legal basis of each, on a calendar that says which customary days are closed.
 */
@Command(name = "deadlines",
        description = "Show a case's statutory deadlines: due, status (open, met, met late, overdue) and legal basis.")
final class DeadlinesCommand extends IcsSubcommand {

    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Parameters(index = "0", paramLabel = "CASE.json", description = "The case record (JSON).")
    private Path caseFile;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = CommonOptions.DateConverter.class,
            description = "Show the deadlines as they stand at the end of this day (default: now).")
    private LocalDate on;

    @Mixin
    private CalendarOptions calendar;

    @Override
    protected int run(PrintWriter out) {
        DeadlinesView view = deadlines(readCase(caseFile), caseFile.toString(), on,
                calendar.calendar(Profile.defaults()));
        out.print(json() ? JsonOutput.write(view.json()) : view.text(language()));
        return ExitCodes.OK;
    }

    /** Reads a case file with the library's reader and limits. */
    static CaseRecord readCase(Path file) {
        return read(InputFiles.readAllBytes(file), file.toString());
    }

    /** Reads a case from bytes; {@code source} names it in error messages. */
    static CaseRecord read(byte[] bytes, String source) {
        return CaseRecords.read(new ByteArrayInputStream(bytes), source, ReadLimits.DEFAULTS);
    }

    /** The case's deadlines at the end of the given day (now when {@code on} is {@code null}), standard calendar. */
    static DeadlinesView deadlines(CaseRecord record, String source, LocalDate on) {
        return deadlines(record, source, on, DanishHolidayCalendar.standard());
    }

    /** The case's deadlines at the end of the given day, or now when {@code on} is {@code null}. */
    static DeadlinesView deadlines(CaseRecord record, String source, LocalDate on, DanishHolidayCalendar calendar) {
        DeadlineCalculator calculator = DeadlineCalculator.builder().calendar(calendar).build();
        if (on != null) {
            return new DeadlinesView(source, record, on.toString(), calculator.deadlines(record, on), calendar);
        }
        ZonedDateTime now = ZonedDateTime.now(calculator.zone()).truncatedTo(ChronoUnit.MINUTES);
        List<Deadline> deadlines = calculator.deadlines(record, now.toInstant());
        return new DeadlinesView(source, record, NOW.format(now), deadlines, calendar);
    }
}
