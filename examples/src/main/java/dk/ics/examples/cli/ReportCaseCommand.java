package dk.ics.examples.cli;

import dk.ics.examples.report.BoardContent;
import dk.ics.examples.report.CaseReport;
import dk.ics.examples.report.DimensionNotes;
import dk.ics.model.Finding;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Language;
import dk.ics.model.Location;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.Bound;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.Profile;
import dk.ics.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ics report case CASE.json DOC.json... --out report.html}: the case on one page: the triangle drawn as the
 * magnet board from the latest investigation, the deadlines on a timeline, and the findings of the ICS checks on
 * every document, grouped by quality beacon.
 */
@Command(name = "case", description = "Write the case report: triangle, deadlines and findings, as one HTML file.")
final class ReportCaseCommand extends IcsSubcommand {

    @Parameters(index = "0", paramLabel = "CASE.json", description = "The case record (JSON).")
    private Path caseFile;

    @Parameters(index = "1..*", paramLabel = "DOC.json", arity = "0..*",
            description = "The case's documents (JSON); findings and the triangle come from them.")
    private List<Path> documentFiles = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    private Path out;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = CommonOptions.DateConverter.class,
            description = "The day the report is made as of (default: today).")
    private LocalDate on;

    @Option(names = "--profile", paramLabel = "P.json", description = "The municipality's rule profile.")
    private Path profile;

    @Mixin
    private CalendarOptions calendar;

    @Override
    protected int run(PrintWriter writer) {
        CaseRecord record = DeadlinesCommand.readCase(caseFile);
        LocalDate asOf = on != null ? on : LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Profile chosen = profile == null ? Profile.defaults() : Profile.load(profile);
        IcsValidator validator = IcsValidator.builder()
                .deadlineCalculator(DeadlineCalculator.builder().calendar(calendar.calendar(chosen)).build())
                .profile(chosen)
                .language(language())
                .build();
        List<CaseDocument> documents = new ArrayList<>();
        for (Path file : documentFiles) {
            CaseDocument document = CaseDocument.read(file);
            requireSameChild(validator.bind(document), record, file);
            documents.add(document);
        }
        List<String> names = documentFiles.stream().map(f -> f.getFileName().toString()).toList();
        CaseReport report = report(validator, record, documents, names, asOf, language());
        ReportFiles.write(out, report::writeTo);
        writer.println(texts().get("report.written", out.toAbsolutePath().normalize().toString()));
        return ExitCodes.OK;
    }

    /**
     * The case report over documents already read and checked to be about the case's child: the findings of every
     * document (each pointing into its file as {@code name#pointer}) and the triangle of the latest investigation.
     *
     * @param names each document's file name, in the order of {@code documents}
     */
    static CaseReport report(IcsValidator validator, CaseRecord record, List<CaseDocument> documents,
            List<String> names, LocalDate asOf, Language language) {
        List<ValidationReport> reports = validator.validateAll(documents, CaseContext.of(record, asOf));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            // One report covers several documents: each finding points into its file, as file#pointer.
            String file = names.get(i);
            reports.get(i).findings().forEach(f -> findings.add(f.withPointer(file + "#" + f.pointer())));
        }
        CaseReport.Builder report = CaseReport.builder().caseRecord(record).asOf(asOf).language(language)
                .deadlines(validator.deadlineCalculator().deadlines(record, asOf));
        if (!documents.isEmpty()) {
            report.findings(findings);
        }
        latestInvestigation(validator, documents).ifPresent(bfu -> report.board(board(bfu)));
        return report.build();
    }

    /** A document names its child by the pseudonymous id; one about another child is refused, not reported. */
    static void requireSameChild(BoundDocument document, CaseRecord record, Path file) {
        Optional<Bound<String>> child = document.text(Role.CHILD_REF);
        if (child.isPresent() && !child.get().value().equals(record.child().id())) {
            throw new IcsInvalidDataException(Location.of(file.toString()).withPointer(child.get().pointer()),
                    "the document is about another child than the case");
        }
    }

    /**
     * The latest investigation among the documents (by its document date, then by order), which the triangle shows.
     * Partner statements share the investigation's step but have no in-focus flags, so they are not taken.
     */
    private static Optional<BoundDocument> latestInvestigation(IcsValidator validator, List<CaseDocument> docs) {
        BoundDocument latest = null;
        LocalDate latestDate = LocalDate.MIN;
        for (CaseDocument d : docs) {
            BoundDocument bound = validator.bind(d);
            if (bound.template().step() != CaseStep.BOERNEFAGLIG_UNDERSOEGELSE
                    || !bound.hasPlaceFor(Role.DIMENSION_IN_FOCUS)) {
                continue;
            }
            LocalDate date = bound.documentDate().map(Bound::value).orElse(LocalDate.MIN);
            if (!date.isBefore(latestDate)) {
                latest = bound;
                latestDate = date;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The magnet board from a bound investigation: focus, resources and challenges per dimension. */
    static BoardContent board(BoundDocument bfu) {
        BoardContent.Builder board = BoardContent.builder();
        for (Dimension d : Dimension.values()) {
            boolean inFocus = bfu.inFocus(d).map(Bound::value).orElse(false);
            board.dimension(d, DimensionNotes.of(inFocus, texts(bfu.resources(d)), texts(bfu.challenges(d))));
        }
        return board.build();
    }

    private static List<String> texts(List<Bound<String>> values) {
        return values.stream().map(Bound::value).toList();
    }
}
