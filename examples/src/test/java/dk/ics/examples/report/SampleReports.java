package dk.ics.examples.report;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.Checklist;
import dk.ics.barometer.MunicipalityProfile;
import dk.ics.barometer.Rounds;
import dk.ics.barometer.Trend;
import dk.ics.barometer.UsageFigures;
import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.triangle.Dimension;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The reports the tests look at, made from the example data under {@code examples/data}. */
final class SampleReports {

    static final Path DATA = Path.of("data");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private SampleReports() {
    }

    static CaseRecord caseRecord() {
        return CaseRecords.read(DATA.resolve("cases/sag-bl-anbringelse.json"));
    }

    /** A board with two dimensions in focus, some texts with characters that need escaping. */
    static BoardContent board() {
        return BoardContent.builder()
                .dimension(Dimension.SUNDHEDSFORHOLD, DimensionNotes.of(false,
                        List.of("Går til tandlæge og læge som planlagt"), List.of()))
                .dimension(Dimension.UDVIKLING_OG_ADFAERD, DimensionNotes.of(true,
                        List.of("Kan sætte ord på sine følelser", "Glad for sin kontaktperson"),
                        List.of("Udadreagerende i skolen <især i frikvarterer>", "Sover dårligt",
                                "Trækker sig fra voksne & jævnaldrende")))
                .dimension(Dimension.DAGTILBUD_SKOLEFORHOLD_OG_LAERING, DimensionNotes.of(true,
                        List.of("Stærk i matematik"), List.of("Højt fravær (\"ondt i maven\")", "Bagud i dansk")))
                .dimension(Dimension.FRITIDSFORHOLD_OG_VENSKABER, DimensionNotes.of(false,
                        List.of("Spiller fodbold to gange om ugen", "Har en bedste ven"), List.of()))
                .dimension(Dimension.TRYGT_OMSORGSMILJOE, DimensionNotes.of(false,
                        List.of("Mor søger selv hjælp"), List.of("Uforudsigelig hverdag i hjemmet")))
                .dimension(Dimension.FAMILIEFORHOLD_OG_BAGGRUND, DimensionNotes.of(false,
                        List.of("Mormor er en fast voksen"), List.of("Forældrene er gået fra hinanden")))
                .dimension(Dimension.SOCIALT_NETVAERK, DimensionNotes.of(false, List.of(),
                        List.of("Familien har få at trække på")))
                .build();
    }

    static FindingReport findings() {
        return FindingReport.of(List.of(
                finding("ICS-BFU-003", Severity.ERROR, "/barnetsPerspektiv", "Barnets lov § 22",
                        QualityBeacon.INDDRAGELSE, "Barnets perspektiv mangler i undersøgelsen.",
                        "The child's perspective is missing from the investigation."),
                finding("ICS-BFU-007", Severity.WARNING, "/dimensioner/2/ressourcer", "ICS: trekanten",
                        QualityBeacon.FAGLIG_UDREDNING, "Dimensionen i fokus har ingen ressourcer.",
                        "The dimension in focus has no resources."),
                finding("ICS-PLAN-002", Severity.INFO, "/maal", "Barnets lov § 91",
                        QualityBeacon.VALG_AF_INDSATS, "Målene kan gøres mere konkrete.",
                        "The goals could be more concrete."),
                finding("TPL-REQUIRED", Severity.ERROR, "/sagsnummer", "", null,
                        "Feltet sagsnummer skal udfyldes.", "The field case number is required.")));
    }

    private static Finding finding(String code, Severity severity, String pointer, String basis, QualityBeacon beacon,
            String da, String en) {
        return new Finding(code, severity, pointer, "msg." + code, List.of(), basis, beacon, LocalizedText.of(da, en));
    }

    static CaseReport caseReport(Language lang) {
        return CaseReport.builder().caseRecord(caseRecord()).asOf(AS_OF).board(board()).findings(findings())
                .language(lang).build();
    }

    static Trend trend() {
        Barometer b = Barometer.standard();
        return b.compare(Rounds.read(DATA.resolve("barometer/eksempel-kommune-2023.json")),
                Rounds.read(DATA.resolve("barometer/eksempel-kommune-2024.json")));
    }

    static BarometerReport barometerReport(Language lang) {
        Barometer b = Barometer.standard();
        return BarometerReport.builder().trend(trend())
                .checklist(Checklist.evaluate(MunicipalityProfile.load(DATA.resolve("barometer/kommune.json"))))
                .usage(b.usage(UsageFigures.load(DATA.resolve("barometer/brug-af-ics.json"))))
                .language(lang).madeOn(AS_OF).build();
    }
}
