package dk.ics.examples;

import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.Goal;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.Profile;
import dk.ics.validation.ValidationReport;
import dk.ics.validation.spi.Rule;
import dk.ics.validation.spi.RuleInfo;
import dk.ics.validation.spi.RuleCheck;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scenario: a vendor, Acme, adds a house rule of its own to the library's ICS rules: a goal's success indicator must
 * say <em>when</em> it is to be reached (a year or a month), so that follow-up has something to measure against.
 * Eksempel Kommune then applies its own, stricter profile on top: it follows plan deadlines in its deadline overview
 * instead of in the document check (so {@code ICS-PLAN-005} is off), makes Acme's rule an error, and wants every
 * dimension's description to be at least 250 characters. The same BFU and plan are validated before and after.
 */
public final class CustomRuleAndProfile {

    private CustomRuleAndProfile() {
    }

    /** Runs the scenario and prints to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the scenario, printing to {@code out}. */
    public static void run(PrintStream out) {
        List<CaseDocument> documents = List.of(
                CaseDocument.read(ExampleFiles.data("documents/bfu.json")),
                CaseDocument.read(ExampleFiles.data("documents/barnets-plan.json")));
        // The case system passes no decision date here, so the plan-deadline rule cannot be applied.
        CaseContext context = CaseContext.on(LocalDate.of(2025, 6, 16));

        IcsValidator standard = IcsValidator.builder().addRule(new SuccessIndicatorSaysWhen()).build();
        print("Standardprofil", standard.validateAll(documents, context), out);

        // The profile is data: a municipality changes it without a new release. Unknown codes are refused at build.
        IcsValidator strict = IcsValidator.builder()
                .addRule(new SuccessIndicatorSaysWhen())
                .profile(Profile.load(ExampleFiles.data("profiles/strengere-profil.json")))
                .build();
        print(strict.profile().name(), strict.validateAll(documents, context), out);
    }

    /** Prints each document's findings under a heading. */
    private static void print(String heading, List<ValidationReport> reports, PrintStream out) {
        out.println(heading + ":");
        for (ValidationReport report : reports) {
            out.println("  " + report.templateId() + ": " + report.countsBySeverity());
            for (Finding f : report.findings()) {
                out.println("    " + f.severity() + " " + f.code() + " " + f.pointer() + "  " + f.message(Language.DA));
            }
        }
    }

    /**
     * Acme's rule: every goal's success indicator names a year or a month. It reads the goals by ICS role through
     * the binding, so it works on any municipality's layout, and reports only pointers and numbers, never the text.
     * Stateless, hence safe to share between threads as the validator requires.
     */
    static final class SuccessIndicatorSaysWhen implements Rule {

        private static final Pattern WHEN = Pattern.compile("\\b(20\\d\\d|januar|februar|marts|april|maj|juni|juli"
                + "|august|september|oktober|november|december)\\b", Pattern.CASE_INSENSITIVE);
        private static final RuleInfo INFO = new RuleInfo("ACME-PLAN-001", Severity.WARNING,
                QualityBeacon.VALG_AF_INDSATS, "Acme: målbare mål", Set.of(CaseStep.BARNETS_PLAN, CaseStep.UNGEPLAN),
                LocalizedText.of("Hvert måls succeskriterium siger, hvornår det skal være nået.",
                        "Every goal's success indicator says when it is to be reached."), Map.of());

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(BoundDocument document, CaseContext context, RuleCheck check) {
            List<Goal> goals = document.goals();
            for (int i = 0; i < goals.size(); i++) {
                String number = Integer.toString(i + 1);
                // A missing indicator is ICS-PLAN-003's finding; this rule judges only the ones that are there.
                goals.get(i).successIndicator()
                        .filter(indicator -> !WHEN.matcher(indicator.value()).find())
                        .ifPresent(indicator -> check.report(indicator.pointer(), "acme.plan.noWhen",
                                LocalizedText.of("Mål " + number + ": succeskriteriet siger ikke, hvornår det skal"
                                        + " være nået.", "Goal " + number + ": the success indicator does not say"
                                        + " when it is to be reached."), List.of(number)));
            }
        }
    }
}
