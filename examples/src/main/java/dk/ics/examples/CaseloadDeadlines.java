package dk.ics.examples;

import dk.ics.model.Language;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scenario: a team leader opens her overview on Tuesday 24 November 2026 and wants to know, across the team's
 * caseload, which statutory deadlines are overdue, which fall due within the next 14 days, and which are open but
 * later, case by case and with the section of the law each rests on. Deadlines that are met or do not apply need no
 * one's attention and are left out.
 */
public final class CaseloadDeadlines {

    /** "Soon" is the next 14 days: what a team plans its coming fortnight around. */
    private static final int SOON_DAYS = 14;

    private CaseloadDeadlines() {
    }

    /** Runs the scenario and prints to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the scenario, printing to {@code out}. */
    public static void run(PrintStream out) {
        LocalDate today = LocalDate.of(2026, 11, 24);
        LocalDate soon = today.plusDays(SOON_DAYS);
        // One calculator for the whole caseload: immutable, thread-safe, with the Danish holiday calendar.
        DeadlineCalculator calculator = DeadlineCalculator.standard();

        String overdue = "Overskredet";
        String dueSoon = "Forfalder senest " + soon;
        String later = "Åbne, senere";
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List.of(overdue, dueSoon, later).forEach(heading -> groups.put(heading, new ArrayList<>()));

        for (Path file : caseFiles(ExampleFiles.data("cases"))) {
            CaseRecord record = CaseRecords.read(file);
            // "On a date" means to the end of that day: a deadline due today is still in time.
            for (Deadline d : calculator.deadlines(record, today)) {
                String group = switch (d.status()) {
                    case OVERDUE -> overdue;
                    case OPEN -> d.due().toLocalDate().isAfter(soon) ? later : dueSoon;
                    case MET, MET_LATE, NOT_APPLICABLE -> null; // nothing left to do
                };
                if (group != null) {
                    groups.get(group).add(record.id() + "  " + d.formattedDue() + "  " + d.label(Language.DA)
                            + "  (" + d.basis() + ")");
                }
            }
        }

        out.println("Frister pr. " + today);
        groups.forEach((heading, lines) -> {
            out.println(heading + " (" + lines.size() + ")");
            lines.forEach(line -> out.println("  " + line));
        });
    }

    /** The case files of a folder, sorted by name so the overview is the same on every machine. */
    private static List<Path> caseFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the case folder " + folder, e);
        }
    }
}
