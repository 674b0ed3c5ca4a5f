package dk.ics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.QualityBeacon;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.model.triangle.Triangle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CaseReportTest {

    private static final Map<DeadlineStatus, String[]> MARKS = Map.of(
            DeadlineStatus.MET, new String[] {"circle", "#2e7d32", "circle"},
            DeadlineStatus.MET_LATE, new String[] {"diamond", "#a85d00", "polygon"},
            DeadlineStatus.OPEN, new String[] {"ring", "#1f5fa8", "circle"},
            DeadlineStatus.OVERDUE, new String[] {"triangle", "#b3261e", "polygon"},
            DeadlineStatus.NOT_APPLICABLE, new String[] {"square", "#6b7580", "rect"});

    @ParameterizedTest
    @EnumSource(Language.class)
    void reportIsWellFormedSelfContainedAndPrintsOnA4(Language lang) {
        CaseReport report = SampleReports.caseReport(lang);
        ReportSafetyChecks.checkHtml(report.toHtml());
        ReportSafetyChecks.checkStandaloneSvg(report.triangleSvg());
        ReportSafetyChecks.checkStandaloneSvg(report.timelineSvg());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void triangleShowsEverySideAndDimensionLabelInTheChosenLanguage(Language lang) {
        Document doc = Xml.parse(SampleReports.caseReport(lang).toHtml());
        Element svg = Xml.one(doc, "//svg[contains(@class, 'triangle')]");
        assertThat(Xml.all(svg, ".//g[@class='dimension']")).hasSize(10);
        for (Dimension d : Triangle.dimensions()) {
            Element card = Xml.one(svg, ".//g[@class='dimension'][@data-dimension='" + d.code() + "']");
            assertThat(Xml.joined(card, "dimension-label")).isEqualTo(d.label().in(lang));
        }
        assertThat(Xml.texts(svg, ".//text[@class='side-label']"))
                .containsExactly(Side.BARNETS_UDVIKLING.label().in(lang), Side.FORAELDREKOMPETENCER.label().in(lang),
                        Side.FAMILIE_OG_NETVAERK.label().in(lang));
        assertThat(Xml.joined(svg, "centre-label")).isEqualTo(Triangle.centre().in(lang));
    }

    @Test
    void danishIsTheDefaultAndEnglishIsChosenWithEn() {
        String da = CaseReport.builder().caseRecord(SampleReports.caseRecord()).asOf(SampleReports.AS_OF)
                .board(SampleReports.board()).build().toHtml();
        String en = SampleReports.caseReport(Language.EN).toHtml();
        assertThat(da).contains("<html lang=\"da\"", "Sagsrapport", "Barnets udvikling", "Trygt omsorgsmiljø",
                "I fokus",
                "Frister").doesNotContain("Case report", "Parenting capacity");
        assertThat(en).contains("<html lang=\"en\"", "Case report", "The child's development", "Safe care environment",
                "In focus", "Deadlines").doesNotContain("Sagsrapport", "Forældrekompetencer");
    }

    @Test
    void countsAndFocusDrawnOnTheTriangleMatchTheBoard() {
        BoardContent board = SampleReports.board();
        Element svg = Xml.one(Xml.parse(SampleReports.caseReport(Language.DA).toHtml()),
                "//svg[contains(@class, 'triangle')]");
        for (Dimension d : Triangle.dimensions()) {
            DimensionNotes notes = board.notes(d);
            Element card = Xml.one(svg, ".//g[@data-dimension='" + d.code() + "']");
            assertThat(Xml.one(card, ".//text[@class='count-resources']").getTextContent())
                    .isEqualTo("+" + notes.resources().size());
            assertThat(Xml.one(card, ".//text[@class='count-challenges']").getTextContent())
                    .isEqualTo("\u2212" + notes.challenges().size());
            assertThat(card.getAttribute("data-focus")).isEqualTo(Boolean.toString(notes.inFocus()));
            // Focus is carried by a hatch pattern and a written marker as well as the fill colour.
            assertThat(Xml.all(card, ".//rect[@class='focus-hatch']")).hasSize(notes.inFocus() ? 1 : 0);
            assertThat(Xml.texts(card, ".//text[@class='focus-marker']"))
                    .isEqualTo(notes.inFocus() ? List.of("I fokus") : List.of());
        }
    }

    @Test
    void resourceAndChallengeTextsAreListedBesideTheTriangleEscaped() {
        BoardContent board = SampleReports.board();
        String html = SampleReports.caseReport(Language.DA).toHtml();
        assertThat(html).contains("&lt;især i frikvarterer&gt;", "voksne &amp; jævnaldrende");
        Document doc = Xml.parse(html);
        for (Dimension d : Triangle.dimensions()) {
            Element notes = Xml.one(doc,
                    "//div[contains(@class, 'dimension-notes')][@data-dimension='" + d.code() + "']");
            assertThat(Xml.texts(notes, ".//ul[@class='resources']/li")).isEqualTo(board.notes(d).resources());
            assertThat(Xml.texts(notes, ".//ul[@class='challenges']/li")).isEqualTo(board.notes(d).challenges());
            assertThat(notes.getAttribute("class").contains("in-focus")).isEqualTo(board.notes(d).inFocus());
        }
    }

    @Test
    void deadlineMarksHaveTheColourAndShapeOfTheirStatus() {
        List<Deadline> deadlines = DeadlineCalculator.standard().deadlines(SampleReports.caseRecord(),
                SampleReports.AS_OF);
        Element svg = Xml.one(Xml.parse(SampleReports.caseReport(Language.DA).toHtml()),
                "//svg[contains(@class, 'timeline')]");
        List<Element> rows = Xml.all(svg, ".//g[@class='deadline']");
        assertThat(rows).hasSize(deadlines.size());
        assertThat(rows.stream().map(r -> r.getAttribute("data-status")).toList()).contains("MET", "MET_LATE",
                "OVERDUE", "OPEN", "NOT_APPLICABLE");
        for (Element row : rows) {
            Deadline d = deadlines.stream().filter(x -> x.code().equals(row.getAttribute("data-rule"))
                    && x.status().name().equals(row.getAttribute("data-status"))).findFirst().orElseThrow();
            String[] expected = MARKS.get(d.status());
            Element mark = Xml.one(row, "./g[@class='mark']");
            assertThat(mark.getAttribute("data-shape")).isEqualTo(expected[0]);
            Element shape = Xml.all(mark, "./*").get(0);
            assertThat(shape.getTagName()).isEqualTo(expected[2]);
            assertThat(shape.hasAttribute("stroke") && !shape.getAttribute("fill").equals(expected[1])
                    ? shape.getAttribute("stroke") : shape.getAttribute("fill")).isEqualTo(expected[1]);
            assertThat(Xml.one(row, ".//text[@class='status-label']").getTextContent())
                    .startsWith(d.status().label().in(Language.DA)).contains(d.formattedDue());
        }
        assertThat(Xml.one(svg, ".//text[@class='reference-label']").getTextContent()).contains("2026-11-24");
        assertThat(Xml.all(svg, ".//line[@class='reference']")).hasSize(1);
    }

    @Test
    void theDeadlineTableCitesEachReferenceWithItsStandingAndConsolidation() {
        List<Deadline> deadlines = DeadlineCalculator.standard().deadlines(SampleReports.caseRecord(),
                SampleReports.AS_OF);
        Element table = Xml.one(Xml.parse(SampleReports.caseReport(Language.DA).toHtml()),
                "//table[@class='deadline-table']");
        List<Element> rows = Xml.all(table, ".//tbody/tr");
        assertThat(rows).hasSize(deadlines.size());
        for (Element row : rows) {
            Deadline d = deadlines.stream().filter(x -> x.code().equals(row.getAttribute("data-rule"))).findFirst()
                    .orElseThrow();
            Element basis = Xml.all(row, "./td").get(4);
            assertThat(basis.getTextContent()).startsWith(d.basis());
            assertThat(basis.getAttribute("title")).isEqualTo(d.reference().consolidation());
            if (!d.reference().standing().isVerified()) {
                assertThat(basis.getTextContent()).endsWith("(" + d.reference().standing().label().in(Language.DA)
                        + ")");
            }
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.getTextContent()).contains("Barnets lov § 136 (læst i en"
                + " sekundær kilde)"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void findingsAreGroupedByQualityBeaconWithTheirBasis(Language lang) {
        Document doc = Xml.parse(SampleReports.caseReport(lang).toHtml());
        List<Element> groups = Xml.all(doc, "//div[@class='beacon']");
        assertThat(groups.stream().map(g -> g.getAttribute("data-beacon")).toList())
                .containsExactly("INDDRAGELSE", "FAGLIG_UDREDNING", "VALG_AF_INDSATS", "NONE");
        for (Finding f : SampleReports.findings().findings()) {
            String group = f.beacon() == null ? "NONE" : f.beacon().name();
            Element row = Xml.one(doc, "//div[@data-beacon='" + group + "']//tr[@data-code='" + f.code() + "']");
            assertThat(row.getTextContent()).contains(f.code(), f.message(lang), f.pointer());
            if (!f.basis().isEmpty()) {
                assertThat(row.getTextContent()).contains(f.basis());
            }
        }
        assertThat(Xml.one(doc, "//div[@data-beacon='INDDRAGELSE']/h3").getTextContent())
                .startsWith(QualityBeacon.INDDRAGELSE.label().in(lang));
    }

    @Test
    void showsTheChildsPseudonymAndTheCase() {
        String html = SampleReports.caseReport(Language.DA).toHtml();
        assertThat(html).contains("barn-4b71", "sag-2025-0113", "Barnets lov");
    }

    @Test
    void withoutBoardOrFindingsTheReportSaysSoInsteadOfDrawingNothing() {
        String html = CaseReport.builder().caseRecord(SampleReports.caseRecord()).asOf(SampleReports.AS_OF)
                .language(Language.EN).build().toHtml();
        ReportSafetyChecks.checkHtml(html);
        assertThat(html).contains("No assessment on the triangle was given", "No quality checks were given")
                .doesNotContain("class=\"chart triangle\"");
    }

    @Test
    void aReportNeedsACase() {
        assertThatThrownBy(() -> CaseReport.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("caseRecord");
    }

    @Test
    void toStringShowsNoCaseData() {
        assertThat(SampleReports.caseReport(Language.DA).toString()).doesNotContain("barn-4b71", "sag-2025");
        assertThat(SampleReports.board().toString()).doesNotContain("Sover");
    }
}
