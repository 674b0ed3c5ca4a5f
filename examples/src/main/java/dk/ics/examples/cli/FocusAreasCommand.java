package dk.ics.examples.cli;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.age.AgeGroups;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.child.Child;
import dk.ics.model.focus.FocusAreas;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ics focus-areas --birth-date D [--on D]} (or {@code --case CASE.json}): a child's age group and the
 * age-divided focus areas for it, from the library's illustrative catalogue or from a catalogue file.
 */
@Command(name = "focus-areas",
        description = "Show a child's age group and the age-divided focus areas (resources and risks per dimension).")
final class FocusAreasCommand extends IcsSubcommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private ChildSource child;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = CommonOptions.DateConverter.class,
            description = "The date to place the child on (default: today in Denmark).")
    private LocalDate on;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "A focus-area catalogue in the library's JSON format (default: the built-in, "
                    + "illustrative one).")
    private Path catalogue;

    @Option(names = "--age-groups", paramLabel = "FILE",
            description = "Age groups in the library's JSON format (default: the built-in ones).")
    private Path ageGroups;

    /** Where the child's birth date comes from: given directly, or the child of a case file. */
    static final class ChildSource {

        @Option(names = "--birth-date", required = true, paramLabel = "YYYY-MM-DD",
                converter = CommonOptions.DateConverter.class,
                description = "The child's birth date, or the expected birth date of an unborn child.")
        private LocalDate birthDate;

        @Option(names = "--case", required = true, paramLabel = "CASE.json",
                description = "A case record (JSON) whose child's birth date to use.")
        private Path caseFile;

        LocalDate birthDate() {
            if (birthDate != null) {
                return birthDate;
            }
            Child c = DeadlinesCommand.readCase(caseFile).child();
            LocalDate date = c.isUnborn() ? c.expectedBirthDate() : c.dateOfBirth().orElse(null);
            if (date == null) {
                throw new IcsInvalidDataException(Location.of(caseFile.toString()).withPointer("/child"),
                        "the child has no birth date, CPR number or expected birth date to place it in an age group");
            }
            return date;
        }
    }

    @Override
    protected int run(PrintWriter out) {
        LocalDate date = on != null ? on : LocalDate.now(CaseEvent.COPENHAGEN);
        LocalDate birthDate = child.birthDate();
        FocusAreasView view = new FocusAreasView(birthDate, date, areas().forChild(birthDate, date));
        out.print(json() ? JsonOutput.write(view.json()) : view.text(language()));
        return ExitCodes.OK;
    }

    private FocusAreas areas() {
        AgeGroups groups = ageGroups != null ? AgeGroups.load(ageGroups) : AgeGroups.standard();
        if (catalogue != null) {
            return FocusAreas.load(catalogue, groups);
        }
        return ageGroups != null ? FocusAreas.of(FocusAreas.builtIn().catalogue(), groups) : FocusAreas.builtIn();
    }
}
