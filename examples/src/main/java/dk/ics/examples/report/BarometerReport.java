package dk.ics.examples.report;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.ChecklistResult;
import dk.ics.barometer.NextStep;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Trend;
import dk.ics.barometer.UsageScore;
import dk.ics.examples.report.internal.AtomicFiles;
import dk.ics.examples.report.internal.BarometerReportHtml;
import dk.ics.examples.report.internal.RadarSvg;
import dk.ics.examples.report.internal.ReportTexts;
import dk.ics.examples.report.internal.RoleBarsSvg;
import dk.ics.model.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A barometer report for the ICS lead and the management: one self-contained HTML file (inline SVG and CSS, no
 * script, nothing from the network, A4 print rules) with a radar chart of the seven aim points (one polygon per
 * round), the overall score per role as bars, each aim point's status with its name and symbol, the expectations
 * checklist, the use of ICS in casework and the suggested next steps. Colour is never the only carrier of meaning.
 *
 * <pre>{@code
 * Barometer barometer = Barometer.standard();
 * Trend trend = barometer.compare(Rounds.read(r2023), Rounds.read(r2024));
 * BarometerReport.builder()
 *         .trend(trend)                                     // or .rounds(score2023, score2024)
 *         .checklist(Checklist.evaluate(MunicipalityProfile.load(profile)))
 *         .usage(barometer.usage(UsageFigures.load(figures)))
 *         .language(Language.DA)
 *         .build()
 *         .writeTo(Path.of("barometer.html"));
 * }</pre>
 * Immutable and thread-safe.
 */
public final class BarometerReport {

    private final BarometerReportHtml page;

    private BarometerReport(BarometerReportHtml page) {
        this.page = page;
    }

    /** A builder of a barometer report. */
    public static Builder builder() {
        return new Builder();
    }

    /** The whole report as an HTML5 document (also well-formed XML). */
    public String toHtml() {
        return page.render();
    }

    /**
     * Writes the report as UTF-8 to a file, atomically (a temporary file in the same folder moved into place).
     *
     * @throws java.io.UncheckedIOException naming the file when its folder is missing or it cannot be written
     */
    public void writeTo(Path file) {
        AtomicFiles.write(file, toHtml());
    }

    /** The radar chart alone as a standalone SVG document. */
    public String radarSvg() {
        return RadarSvg.render(page.rounds(), page.bands(), page.lang(), true);
    }

    /** The bars per role of the latest round alone as a standalone SVG document. */
    public String roleBarsSvg() {
        return RoleBarsSvg.render(page.rounds().get(page.rounds().size() - 1), page.bands(), page.lang(), true);
    }

    /** The rounds shown, oldest first. */
    public List<RoundScore> rounds() {
        return page.rounds();
    }

    /** Shows the language and the number of rounds. */
    @Override
    public String toString() {
        return "BarometerReport[language=" + page.lang() + ", rounds=" + page.rounds().size() + "]";
    }

    /** Collects what the report shows; not thread-safe, build once. */
    public static final class Builder {
        private List<RoundScore> rounds;
        private Trend trend;
        private Barometer barometer = Barometer.standard();
        private ChecklistResult checklist;
        private UsageScore usage;
        private List<NextStep> nextSteps;
        private int howManyNextSteps = 3;
        private Language language = Language.DA;
        private String title;
        private LocalDate madeOn;

        private Builder() {
        }

        /** The scored rounds (at least one; they are shown oldest first). */
        public Builder rounds(List<RoundScore> value) {
            this.rounds = List.copyOf(value);
            return this;
        }

        /** The scored rounds (at least one). */
        public Builder rounds(RoundScore... value) {
            return rounds(List.of(value));
        }

        /** A comparison of rounds: shows its rounds, and each aim point's direction. */
        public Builder trend(Trend value) {
            this.trend = Objects.requireNonNull(value, "trend");
            return this;
        }

        /** The barometer whose catalogue gives the status bands and the next steps (by default the standard one). */
        public Builder barometer(Barometer value) {
            this.barometer = Objects.requireNonNull(value, "barometer");
            return this;
        }

        /** The expectations checklist; left out of the report when not given. */
        public Builder checklist(ChecklistResult value) {
            this.checklist = Objects.requireNonNull(value, "checklist");
            return this;
        }

        /** The use of ICS in casework; left out of the report when not given. */
        public Builder usage(UsageScore value) {
            this.usage = Objects.requireNonNull(value, "usage");
            return this;
        }

        /** The suggested next steps; by default the barometer's suggestion for the latest round (3 aim points). */
        public Builder nextSteps(List<NextStep> value) {
            this.nextSteps = List.copyOf(value);
            return this;
        }

        /** How many aim points the default next steps cover (1 or more; 3 by default). */
        public Builder howManyNextSteps(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("howManyNextSteps must be 1 or more");
            }
            this.howManyNextSteps = value;
            return this;
        }

        /** The language (Danish by default). */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /** A title instead of "ICS-barometer" / "ICS barometer". */
        public Builder title(String value) {
            this.title = Objects.requireNonNull(value, "title");
            return this;
        }

        /** The day written in the footer as the day the report was made (by default today). */
        public Builder madeOn(LocalDate value) {
            this.madeOn = Objects.requireNonNull(value, "madeOn");
            return this;
        }

        /**
         * The report.
         *
         * @throws IllegalStateException when no round was given
         */
        public BarometerReport build() {
            List<RoundScore> shown = rounds != null ? rounds : trend != null ? trend.rounds() : List.of();
            if (shown.isEmpty()) {
                throw new IllegalStateException("a barometer report needs at least one scored round");
            }
            shown = shown.stream().sorted(Comparator.comparing(RoundScore::date)).toList();
            RoundScore latest = shown.get(shown.size() - 1);
            List<NextStep> steps = nextSteps != null ? nextSteps : barometer.nextSteps(latest, howManyNextSteps);
            return new BarometerReport(new BarometerReportHtml(shown, trend, barometer.catalogue().thresholds(),
                    checklist, usage, steps, language,
                    title != null ? title : ReportTexts.get(language, "barometer.title"),
                    madeOn != null ? madeOn : LocalDate.now(CaseReport.COPENHAGEN)));
        }
    }
}
