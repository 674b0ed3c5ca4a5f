package dk.ics.examples.cli;

import dk.ics.barometer.AnchoringPlan;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.Checklist;
import dk.ics.barometer.MunicipalityProfile;
import dk.ics.barometer.Round;
import dk.ics.barometer.UsageFigures;
import dk.ics.examples.report.BarometerReport;
import dk.ics.examples.report.CaseReport;
import dk.ics.model.Language;
import dk.ics.model.ReadLimits;
import dk.ics.model.casework.CaseRecord;
import dk.ics.templates.CaseDocument;
import dk.ics.validation.IcsValidator;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's steps on the barometer and the reports: the example municipality's latest barometer round scored and
 * compared with the round a year before, then the case report and the barometer report written as HTML into the
 * demo's folder.
 */
final class DemoBarometerSteps {

    /** The earlier and the latest round of the example municipality. */
    static final String EARLIER_ROUND = "barometer/eksempel-kommune-2023.csv";
    static final String LATEST_ROUND = "barometer/eksempel-kommune-2024.csv";
    static final String MUNICIPALITY = "barometer/kommune.json";
    static final String PLAN = "barometer/forankringsplan.json";
    static final String USAGE = "barometer/brug-af-ics.json";
    /** The case of the example documents, and its documents, for the case report. */
    static final String REPORT_CASE = "cases/sag-barn-7f3a.json";
    static final List<String> REPORT_DOCUMENTS = List.of("documents/bfu.json", "documents/barnets-plan.json",
            "documents/opfoelgning.json");
    /** The reports' file names in the demo's folder. */
    static final String CASE_REPORT = "case-report.html";
    static final String BAROMETER_REPORT = "barometer-report.html";

    private DemoBarometerSteps() {
    }

    /** Step 7: the latest round scored, with its trend since the earlier one. */
    static String barometer(DemoFolder folder, Language language) {
        Texts t = Texts.of(language);
        Barometer barometer = Barometer.standard();
        Round earlier = round(barometer, EARLIER_ROUND);
        Round latest = round(barometer, LATEST_ROUND);
        BarometerScoreView brief = BarometerScoreCommand.view(barometer, latest, List.of(earlier), null, 0);
        BarometerScoreView full = BarometerScoreCommand.view(barometer, latest, List.of(earlier),
                barometer.usage(UsageFigures.load(folder.fileOf(ExampleData.read(USAGE)))), 3);
        folder.write("barometer.txt", full.text(language));
        folder.write("barometer.json", JsonOutput.write(full.json()));
        return t.get("demo.barometer", latest.municipality()) + System.lineSeparator()
                + DemoCommand.indent(brief.text(language));
    }

    /** Step 8: both HTML reports, written into the folder; returns the narration naming the files. */
    static String reports(DemoFolder folder, Language language, LocalDate on) {
        Texts t = Texts.of(language);
        Path caseReport = folder.resolve(CASE_REPORT);
        ReportFiles.write(caseReport, caseReport(language, on)::writeTo);
        folder.wrote(caseReport);
        Path barometerReport = folder.resolve(BAROMETER_REPORT);
        ReportFiles.write(barometerReport, barometerReport(folder, language, on)::writeTo);
        folder.wrote(barometerReport);
        return t.get("demo.reports") + System.lineSeparator()
                + "    " + t.get("demo.reports.case", CASE_REPORT, REPORT_CASE) + System.lineSeparator()
                + "    " + t.get("demo.reports.barometer", BAROMETER_REPORT) + System.lineSeparator();
    }

    private static CaseReport caseReport(Language language, LocalDate on) {
        ExampleData.Example caseFile = ExampleData.read(REPORT_CASE);
        CaseRecord record = DeadlinesCommand.read(caseFile.bytes(), caseFile.source());
        List<CaseDocument> documents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : REPORT_DOCUMENTS) {
            ExampleData.Example example = ExampleData.read(name);
            documents.add(CaseDocument.parse(example.bytes(), example.source(), ReadLimits.DEFAULTS));
            names.add(Path.of(name).getFileName().toString());
        }
        IcsValidator validator = IcsValidator.builder().language(language).build();
        return ReportCaseCommand.report(validator, record, documents, names, on, language);
    }

    private static BarometerReport barometerReport(DemoFolder folder, Language language, LocalDate on) {
        Barometer barometer = Barometer.standard();
        MunicipalityProfile profile = MunicipalityProfile.load(folder.fileOf(ExampleData.read(MUNICIPALITY)));
        AnchoringPlan plan = AnchoringPlan.load(folder.fileOf(ExampleData.read(PLAN)));
        return BarometerReport.builder().barometer(barometer).language(language).madeOn(on)
                .trend(barometer.compare(round(barometer, EARLIER_ROUND), round(barometer, LATEST_ROUND)))
                .checklist(Checklist.standard().check(profile, plan))
                .usage(barometer.usage(UsageFigures.load(folder.fileOf(ExampleData.read(USAGE)))))
                .build();
    }

    private static Round round(Barometer barometer, String name) {
        ExampleData.Example example = ExampleData.read(name);
        return barometer.readCsv(new ByteArrayInputStream(example.bytes()), example.source(), null);
    }
}
