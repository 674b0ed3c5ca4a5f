package dk.ics.examples.report;

import dk.ics.examples.report.internal.AtomicFiles;
import dk.ics.examples.report.internal.CaseReportHtml;
import dk.ics.examples.report.internal.ReportTexts;
import dk.ics.examples.report.internal.TimelineSvg;
import dk.ics.examples.report.internal.TriangleSvg;
import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A case report for people to look at: one self-contained HTML file (inline SVG and CSS, no script, nothing from the
 * network, A4 print rules) with the ICS triangle drawn as a magnet board (dimensions in focus, counts of resources
 * and challenges, the texts beside it), the case's deadlines on a timeline, and the findings of the quality checks
 * grouped by quality beacon with their legal basis. Danish by default, English with {@link Language#EN}.
 *
 * <pre>{@code
 * CaseReport.builder()
 *         .caseRecord(CaseRecords.read(Path.of("sag.json")))
 *         .asOf(LocalDate.of(2026, 11, 24))     // deadlines computed with DeadlineCalculator.standard()
 *         .board(board)                         // from a bound ICS document or a magnet board
 *         .findings(report)                     // from the validator
 *         .language(Language.EN)
 *         .build()
 *         .writeTo(Path.of("report.html"));
 * }</pre>
 *
 * <p>The report shows case text on purpose: it is the intended output. It is never logged, and {@link #toString()}
 * shows no case data. Immutable and thread-safe.
 */
public final class CaseReport {

    /** The zone in which an {@link Builder#asOf(LocalDate)} day ends and dates are shown. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final CaseReportHtml page;

    private CaseReport(CaseReportHtml page) {
        this.page = page;
    }

    /** A builder of a case report. */
    public static Builder builder() {
        return new Builder();
    }

    /** The whole report as an HTML5 document (also well-formed XML). */
    public String toHtml() {
        return page.render();
    }

    /**
     * Writes the report as UTF-8 to a file, atomically: a temporary file in the same folder is moved into place, so
     * a failure leaves no partial report (and any earlier file untouched).
     *
     * @throws java.io.UncheckedIOException naming the file when its folder is missing or it cannot be written
     */
    public void writeTo(Path file) {
        AtomicFiles.write(file, toHtml());
    }

    /** The triangle alone as a standalone SVG document; empty triangle when no board was given. */
    public String triangleSvg() {
        return TriangleSvg.render(page.board() == null ? BoardContent.empty() : page.board(), page.lang(), true);
    }

    /** The deadline timeline alone as a standalone SVG document. */
    public String timelineSvg() {
        return TimelineSvg.render(page.deadlines(), page.reference(), page.lang(), true);
    }

    /** The deadlines shown, as computed or given. */
    public List<Deadline> deadlines() {
        return page.deadlines();
    }

    /** The report's language. */
    public Language language() {
        return page.lang();
    }

    /** Shows the language and counts, never case data. */
    @Override
    public String toString() {
        return "CaseReport[language=" + page.lang() + ", deadlines=" + page.deadlines().size() + "]";
    }

    /** Collects what the report shows; not thread-safe, build once. */
    public static final class Builder {
        private CaseRecord caseRecord;
        private List<Deadline> deadlines;
        private ZonedDateTime asOf;
        private BoardContent board;
        private FindingReport findings;
        private Language language = Language.DA;
        private String title;

        private Builder() {
        }

        /** The case (required). */
        public Builder caseRecord(CaseRecord value) {
            this.caseRecord = Objects.requireNonNull(value, "caseRecord");
            return this;
        }

        /**
         * The deadlines to show, as computed on the {@link #asOf} date-time. When not given they are computed with
         * {@link DeadlineCalculator#standard()} on the {@code asOf} date-time.
         */
        public Builder deadlines(List<Deadline> value) {
            this.deadlines = List.copyOf(value);
            return this;
        }

        /** The date-time the report stands on (marked on the timeline); by default now. */
        public Builder asOf(ZonedDateTime value) {
            this.asOf = Objects.requireNonNull(value, "asOf").withZoneSameInstant(COPENHAGEN);
            return this;
        }

        /** The instant the report stands on. */
        public Builder asOf(Instant value) {
            return asOf(value.atZone(COPENHAGEN));
        }

        /** The day the report stands on: the end of that day in Copenhagen, as the deadline calculator counts. */
        public Builder asOf(LocalDate day) {
            return asOf(day.atTime(LocalTime.MAX).atZone(COPENHAGEN));
        }

        /** The triangle's content; without it the report says that no assessment was given. */
        public Builder board(BoardContent value) {
            this.board = Objects.requireNonNull(value, "board");
            return this;
        }

        /** The findings of the quality checks; without them the report says that no check was given. */
        public Builder findings(FindingReport value) {
            this.findings = Objects.requireNonNull(value, "findings");
            return this;
        }

        /** The findings of the quality checks, as a collection. */
        public Builder findings(Collection<Finding> value) {
            return findings(FindingReport.of(value));
        }

        /** The language (Danish by default). */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /** A title instead of "Sagsrapport" / "Case report". */
        public Builder title(String value) {
            this.title = Objects.requireNonNull(value, "title");
            return this;
        }

        /**
         * The report.
         *
         * @throws IllegalStateException when no case was given
         */
        public CaseReport build() {
            if (caseRecord == null) {
                throw new IllegalStateException("a case report needs the case: call caseRecord(..)");
            }
            ZonedDateTime at = asOf != null ? asOf : ZonedDateTime.now(COPENHAGEN);
            List<Deadline> shown = deadlines != null ? deadlines
                    : DeadlineCalculator.standard().deadlines(caseRecord, at.toInstant());
            String heading = title != null ? title : ReportTexts.get(language, "case.title");
            return new CaseReport(new CaseReportHtml(caseRecord, shown, at, board, findings, language, heading));
        }
    }
}
