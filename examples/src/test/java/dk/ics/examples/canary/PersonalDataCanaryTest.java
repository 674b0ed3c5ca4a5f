package dk.ics.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Rounds;
import dk.ics.examples.cli.IcsCommand;
import dk.ics.examples.report.CaseReport;
import dk.ics.model.FindingReport;
import dk.ics.model.IcsJson;
import dk.ics.model.Language;
import dk.ics.model.ReadLimits;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.child.Child;
import dk.ics.model.child.Cpr;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.Role;
import dk.ics.templates.TemplateRegistry;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.ModelValidator;
import dk.ics.validation.Profile;
import dk.ics.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Personal data never leaks: every public operation of every module runs on documents, cases and rounds holding a
 * canary CPR number and canary free text, in a well-formed version and in broken versions that make each operation
 * fail, and neither canary may appear in any log line (every library logger at TRACE), exception message or stack
 * trace, {@code toString()} of anything returned, finding, rendered report of findings, or CLI output other than the
 * written report file itself.
 */
class PersonalDataCanaryTest {

    /** The canary CPR number, as written in the inputs (with and without the hyphen), and the canary free text. */
    static final List<String> CANARIES = List.of("1207094321", "120709-4321", "Qwertyborg");
    private static final LocalDate ON = LocalDate.of(2026, 11, 24);

    @TempDir
    Path out;

    private final Exposure exposure = new Exposure();

    @Test
    void noOperationOfAnyModuleLetsTheCanariesOut() throws IOException {
        String log;
        try (LogCapture capture = LogCapture.start()) {
            model();
            templatesAndValidation();
            barometer();
            reports();
            commandLine();
            log = capture.text();
        }
        exposure.text("SLF4J output and System.out/err", log);

        assertThat(log).as("the capture sees the library's DEBUG logging").contains("DEBUG dk.ics.");
        assertThat(exposure.failures()).as("broken inputs make operations fail").isGreaterThan(40);
        assertThat(exposure.operations() - exposure.failures()).as("good inputs make operations succeed")
                .isGreaterThan(20);
        assertThat(exposure.leaksOf(CANARIES)).isEmpty();
    }

    @Test
    void theCheckFindsACanaryWhereOneIs() {
        Exposure probe = new Exposure();
        probe.run("a record", () -> new Holder("barn " + CANARIES.get(0)));
        probe.thrown("a failure", new IllegalStateException("wrapped",
                new IllegalArgumentException("cause with " + CANARIES.get(2))));
        assertThat(probe.leaksOf(CANARIES))
                .anyMatch(l -> l.startsWith("a record.toString()"))
                .anyMatch(l -> l.startsWith("a failure threw, trace"))
                .anyMatch(l -> l.startsWith("a failure threw, message"));
    }

    /** A type of ours that leaks on purpose (its accessor is followed too). */
    record Holder(String text) {
    }

    private void model() {
        for (Path file : files("case")) {
            String name = file.getFileName().toString();
            exposure.run("CaseRecords.read " + name, () -> CaseRecords.read(file)).ifPresent(record -> {
                exposure.run("deadlines " + name, () -> DeadlineCalculator.standard().deadlines(record, ON));
                exposure.run("deadlines at an instant " + name, () -> DeadlineCalculator.standard()
                        .deadlines(record, Instant.parse("2025-06-01T10:00:00Z")));
                exposure.run("ModelValidator " + name, () -> ModelValidator.standard().validate(record));
                exposure.run("CaseContext " + name, () -> CaseContext.of(record, ON));
            });
            exposure.run("CaseRecords.parse " + name, () -> CaseRecords.parse(read(file)));
            exposure.run("IcsJson.read " + name, () -> IcsJson.read(file, CaseRecord.class, ReadLimits.DEFAULTS));
        }
        for (String cpr : List.of("1207094321", "120709-4321", "1207094321X", "12070943210", "120709 4321",
                "120709-43210", "1207099999")) {
            exposure.run("Cpr.parse", () -> Cpr.parse(cpr)).ifPresent(c -> {
                exposure.run("Child.withCpr", () -> Child.withCpr("barn-7f3a", c));
                exposure.run("Child with another birth date",
                        () -> new Child("barn-7f3a", c, LocalDate.of(2015, 1, 1), null));
                exposure.run("ModelValidator child", () -> ModelValidator.standard()
                        .validate(Child.withCpr("barn-7f3a", c)));
            });
            exposure.run("Child with the CPR as id", () -> Child.born(cpr, LocalDate.of(2009, 7, 12)));
        }
    }

    private void templatesAndValidation() {
        CaseRecord record = CaseRecords.read(resource("case.json"));
        CaseContext context = CaseContext.of(record, ON);
        TemplateRegistry registry = TemplateRegistry.builtIn();
        IcsValidator validator = IcsValidator.standard();
        List<CaseDocument> readable = new ArrayList<>();
        for (Path file : files("bfu")) {
            String name = file.getFileName().toString();
            exposure.run("CaseDocument.read " + name, () -> CaseDocument.read(file)).ifPresent(document -> {
                readable.add(document);
                exposure.run("TemplateRegistry.check " + name, () -> registry.check(document))
                        .ifPresent(report -> rendered("check " + name, report));
                exposure.run("TemplateRegistry.bind " + name, () -> registry.bind(document))
                        .ifPresent(bound -> byRole(name, bound));
                exposure.run("IcsValidator.validate " + name, () -> validator.validate(document, context))
                        .ifPresent(report -> rendered("validate " + name, report));
            });
            exposure.run("CaseDocument.parse " + name, () -> CaseDocument.parse(bytes(file), name,
                    ReadLimits.DEFAULTS));
            exposure.run("IcsValidator.validate(Path) " + name, () -> validator.validate(file, context));
            exposure.run("IcsValidator.validate(bytes) " + name, () -> validator.validate(bytes(file), name, context));
        }
        exposure.run("IcsValidator.validateAll", () -> validator.validateAll(readable, context))
                .ifPresent(reports -> reports.forEach(r -> rendered("validateAll", r)));
        for (Path file : files("profile")) {
            String name = file.getFileName().toString();
            exposure.run("Profile.load " + name, () -> Profile.load(file));
            exposure.run("Profile.parse " + name, () -> Profile.parse(bytes(file), name));
        }
    }

    private void byRole(String name, BoundDocument bound) {
        for (Role role : Role.values()) {
            exposure.run("text " + role + " " + name, () -> bound.text(role));
            exposure.run("texts " + role + " " + name, () -> bound.texts(role));
            exposure.run("values " + role + " " + name, () -> bound.values(role));
            exposure.run("flag " + role + " " + name, () -> bound.flag(role));
            exposure.run("date " + role + " " + name, () -> bound.date(role));
        }
        for (Dimension d : Dimension.values()) {
            exposure.run("resources " + d + " " + name, () -> bound.resources(d));
            exposure.run("challenges " + d + " " + name, () -> bound.challenges(d));
            exposure.run("description " + d + " " + name, () -> bound.description(d));
        }
        for (Side side : Side.values()) {
            exposure.run("analysis " + side + " " + name, () -> bound.analysis(side));
        }
    }

    private void rendered(String what, FindingReport report) {
        for (Language language : Language.values()) {
            exposure.text(what + " render " + language, report.render(language));
        }
    }

    private void rendered(String what, ValidationReport report) {
        exposure.text(what + " render", report.render());
        exposure.text(what + " toJson", report.toJson());
    }

    private void barometer() {
        Barometer barometer = Barometer.standard();
        for (Path file : files("round")) {
            String name = file.getFileName().toString();
            exposure.run("Barometer.read " + name, () -> barometer.read(file)).ifPresent(round -> {
                exposure.run("score " + name, () -> barometer.score(round)).ifPresent(
                        score -> exposure.run("nextSteps " + name, () -> barometer.nextSteps(score, 5)));
                exposure.run("compare " + name, () -> barometer.compare(round, round));
            });
            exposure.run("Rounds.readCsv " + name, () -> Rounds.readCsv(file));
        }
    }

    private void reports() {
        CaseRecord record = CaseRecords.read(resource("case.json"));
        IcsValidator validator = IcsValidator.standard();
        CaseDocument bfu = CaseDocument.read(resource("bfu.json"));
        ValidationReport findings = validator.validate(bfu, CaseContext.of(record, ON));
        exposure.run("CaseReport", () -> CaseReport.builder().caseRecord(record).asOf(ON)
                .findings(findings.report()).language(Language.EN).build()).ifPresent(report -> {
                    exposure.run("CaseReport.toHtml", report::toHtml);
                    exposure.run("CaseReport.writeTo", () -> {
                        report.writeTo(out.resolve("case.html"));
                        return out.resolve("case.html");
                    });
                    exposure.run("CaseReport.writeTo a folder", () -> {
                        report.writeTo(out);
                        return out;
                    });
                });
        exposure.run("CaseReport without a case", () -> CaseReport.builder().asOf(ON).build());
    }

    private void commandLine() {
        Path caseFile = resource("case.json");
        String html = out.resolve("report.html").toString();
        assertThat(ics("deadlines", caseFile.toString(), "--on", ON.toString())).isZero();
        assertThat(ics("deadlines", caseFile.toString(), "--on", ON.toString(), "--format", "json")).isZero();
        assertThat(ics("focus-areas", "--case", caseFile.toString(), "--on", ON.toString())).isZero();
        assertThat(ics("report", "case", caseFile.toString(), resource("bfu.json").toString(), "--out", html,
                "--on", ON.toString())).isIn(0, 1);
        assertThat(Path.of(html)).isNotEmptyFile();
        for (Path file : files("case")) {
            ics("deadlines", file.toString(), "--on", ON.toString(), "--debug");
            ics("deadlines", file.toString(), "--on", ON.toString(), "--lang", "en", "--format", "json");
            ics("focus-areas", "--case", file.toString(), "--on", ON.toString());
            ics("report", "case", file.toString(), "--out", html, "--on", ON.toString(), "--debug");
        }
        for (Path file : files("bfu")) {
            ics("report", "case", caseFile.toString(), file.toString(), "--out", html, "--on", ON.toString(),
                    "--debug");
        }
        for (Path file : files("profile")) {
            ics("report", "case", caseFile.toString(), resource("bfu.json").toString(), "--profile", file.toString(),
                    "--out", html, "--on", ON.toString(), "--debug");
        }
        for (Path file : files("round")) {
            ics("report", "barometer", file.toString(), "--out", html, "--debug");
        }
        ics("deadlines", "--on", "1207094321", caseFile.toString());
        ics("focus-areas", "--birth-date", "120709-4321");
        checkingCommands(caseFile);
    }

    /** {@code ics check}, {@code validate}, {@code template check} and {@code barometer}, on good and broken input. */
    private void checkingCommands(Path caseFile) {
        String bfu = resource("bfu.json").toString();
        assertThat(ics("check", bfu)).isIn(0, 1);
        assertThat(ics("validate", bfu, "--case", caseFile.toString(), "--on", ON.toString())).isIn(0, 1);
        assertThat(ics("validate", bfu, "--case", caseFile.toString(), "--on", ON.toString(), "--format", "json"))
                .isIn(0, 1);
        for (Path file : files("bfu")) {
            ics("check", file.toString(), "--debug");
            ics("check", file.toString(), "--format", "json", "--lang", "en");
            ics("validate", file.toString(), "--case", caseFile.toString(), "--on", ON.toString(), "--debug");
            ics("validate", file.toString(), "--format", "json", "--lang", "en");
            ics("template", "check", file.toString(), "--debug");
        }
        for (Path file : files("case")) {
            ics("validate", bfu, "--case", file.toString(), "--on", ON.toString(), "--debug");
        }
        for (Path file : files("profile")) {
            ics("validate", bfu, "--profile", file.toString(), "--debug");
        }
        for (Path file : files("round")) {
            ics("barometer", "score", file.toString(), "--debug");
            ics("barometer", "score", file.toString(), "--format", "json", "--municipality", "Testkommune",
                    "--date", ON.toString());
            ics("barometer", "score", resource("round-cpr-as-respondent.csv").toString(), "--previous", file.toString());
        }
        ics("validate", bfu, "--on", "120709-4321");
        ics("barometer", "score", bfu, "--date", "1207094321");
    }

    /**
     * Runs {@code ics} and returns its exit code; both outputs are checked (the report it may write is a file, not
     * output).
     */
    private int ics(String... args) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cli = IcsCommand.newCommandLine();
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        int exit = cli.execute(args);
        String what = "ics " + String.join(" ", Stream.of(args).map(a -> a.contains("/") ? Path.of(a)
                .getFileName().toString() : a).toList()) + " (exit " + exit + ")";
        exposure.text(what + " stdout", stdout.toString());
        exposure.text(what + " stderr", stderr.toString());
        exposure.run(what, () -> exit);
        return exit;
    }

    private static List<Path> files(String prefix) {
        try (Stream<Path> s = Files.list(resource("case.json").getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(PersonalDataCanaryTest.class.getResource("/canary/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
