package dk.ics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.GroupScore;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Status;
import dk.ics.examples.report.internal.RadarSvg;
import dk.ics.examples.report.internal.RoleBarsSvg;
import dk.ics.model.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BarometerReportTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void reportIsWellFormedSelfContainedAndPrintsOnA4(Language lang) {
        BarometerReport report = SampleReports.barometerReport(lang);
        ReportSafetyChecks.checkHtml(report.toHtml());
        ReportSafetyChecks.checkStandaloneSvg(report.radarSvg());
        ReportSafetyChecks.checkStandaloneSvg(report.roleBarsSvg());
    }

    @Test
    void radarPolygonsLieExactlyOnTheRoundsScores() {
        BarometerReport report = SampleReports.barometerReport(Language.DA);
        Element svg = Xml.one(Xml.parse(report.toHtml()), "//svg[contains(@class, 'radar')]");
        List<RoundScore> rounds = report.rounds();
        List<Element> polygons = Xml.all(svg, ".//polygon[@class='round']");
        assertThat(polygons).hasSize(2);
        for (int r = 0; r < rounds.size(); r++) {
            RoundScore round = rounds.get(r);
            Element polygon = polygons.get(r);
            assertThat(polygon.getAttribute("data-round")).isEqualTo(round.date().toString());
            List<double[]> expected = new ArrayList<>();
            List<AimPointScore> aims = round.total().aimPoints();
            for (int i = 0; i < aims.size(); i++) {
                if (aims.get(i).score() != null) {
                    // Axis i of n points at -90° + i·360°/n from the centre; 100 lies at radius R.
                    double a = Math.toRadians(-90 + i * 360.0 / aims.size());
                    double s = aims.get(i).score() / 100.0;
                    expected.add(new double[] {RadarSvg.CX + RadarSvg.R * s * Math.cos(a),
                        RadarSvg.CY + RadarSvg.R * s * Math.sin(a)});
                }
            }
            String[] points = polygon.getAttribute("points").split(" ");
            assertThat(points).hasSize(expected.size());
            for (int i = 0; i < points.length; i++) {
                String[] xy = points[i].split(",");
                assertThat(Double.parseDouble(xy[0])).isCloseTo(expected.get(i)[0], within(0.01));
                assertThat(Double.parseDouble(xy[1])).isCloseTo(expected.get(i)[1], within(0.01));
            }
        }
    }

    @Test
    void roundsDifferInColourDashAndMarkerAndAreNamedInTheLegend() {
        Element svg = Xml.one(Xml.parse(SampleReports.barometerReport(Language.DA).toHtml()),
                "//svg[contains(@class, 'radar')]");
        Set<String> colours = new HashSet<>();
        Set<String> dashes = new HashSet<>();
        Set<String> markers = new HashSet<>();
        for (Element g : Xml.all(svg, ".//g[@class='round-group']")) {
            Element polygon = Xml.one(g, "./polygon[@class='round']");
            colours.add(polygon.getAttribute("stroke"));
            dashes.add(polygon.getAttribute("stroke-dasharray"));
            List<Element> marks = Xml.all(g, "./*[@class='marker']");
            assertThat(marks).hasSize(7);
            markers.add(marks.get(0).getTagName() + marks.get(0).getAttribute("points").split(" ").length);
        }
        assertThat(colours).hasSize(2);
        assertThat(dashes).hasSize(2);
        assertThat(markers).hasSize(2);
        assertThat(Xml.one(svg, ".//g[@class='legend']").getTextContent()).contains("2023-03-15", "2024-03-14");
    }

    @Test
    void gridlinesMarkTheStatusBandsAndAxesNameTheAimPoints() {
        BarometerReport report = SampleReports.barometerReport(Language.EN);
        Element svg = Xml.one(Xml.parse(report.toHtml()), "//svg[contains(@class, 'radar')]");
        assertThat(Xml.all(svg, ".//polygon[@class='gridline']").stream().map(e -> e.getAttribute("data-level")))
                .containsExactly("34", "67", "100");
        assertThat(Xml.texts(svg, ".//text[@class='grid-label']")).containsExactly("0", "34", "67", "100");
        List<AimPointScore> aims = report.rounds().get(1).total().aimPoints();
        for (int i = 0; i < aims.size(); i++) {
            String label = String.join(" ", Xml.texts(svg, ".//text[@class='axis-label'][@data-aim-point='"
                    + aims.get(i).aimPointId() + "']"));
            assertThat(label).isEqualTo((i + 1) + ". " + aims.get(i).title().in(Language.EN));
        }
    }

    @Test
    void barsPerRoleCarryTheirScoreAsLengthNumberAndWrittenStatus() {
        BarometerReport report = SampleReports.barometerReport(Language.DA);
        RoundScore latest = report.rounds().get(1);
        Element svg = Xml.one(Xml.parse(report.toHtml()), "//svg[contains(@class, 'role-bars')]");
        List<GroupScore> groups = new ArrayList<>(latest.byRole());
        groups.add(latest.total());
        for (GroupScore g : groups) {
            String role = g.role() == null ? "ALL" : g.role().name();
            Element row = Xml.one(svg, ".//g[@class='role-row'][@data-role='" + role + "']");
            Element bar = Xml.one(row, ".//rect[@class='bar']");
            assertThat(bar.getAttribute("data-score")).isEqualTo(g.overall().toString());
            assertThat(Double.parseDouble(bar.getAttribute("width")))
                    .isCloseTo(RoleBarsSvg.SPAN * g.overall() / 100.0, within(0.01));
            assertThat(row.getTextContent())
                    .contains(g.overall().toString(), g.overallStatus().label().in(Language.DA));
            assertThat(Xml.one(row, ".//g[@class='status-mark']").getAttribute("data-status"))
                    .isEqualTo(g.overallStatus().name());
        }
    }

    @Test
    void eachAimPointStatusIsWrittenAndHasASymbol() {
        BarometerReport report = SampleReports.barometerReport(Language.DA);
        Document doc = Xml.parse(report.toHtml());
        for (AimPointScore a : report.rounds().get(1).total().aimPoints()) {
            Element cell = Xml.one(doc, "//table[@class='aim-table']//tr[@data-aim-point='" + a.aimPointId()
                    + "']/td[@data-status]");
            assertThat(cell.getAttribute("data-status")).isEqualTo(a.status().name());
            assertThat(cell.getTextContent()).contains(a.status().label().in(Language.DA));
            Element mark = Xml.one(cell, ".//g[@class='status-mark']");
            assertThat(mark.getAttribute("data-shape")).isEqualTo(switch (a.status()) {
                case GREEN -> "circle-check";
                case YELLOW -> "triangle";
                case RED -> "square-cross";
                case INSUFFICIENT_ANSWERS -> "dashed-ring";
            });
        }
        assertThat(Xml.all(doc, "//g[@class='status-mark'][@data-status='" + Status.RED.name() + "']")).isNotEmpty();
    }

    @Test
    void checklistUsageAndNextStepsAreShown() {
        Document doc = Xml.parse(SampleReports.barometerReport(Language.EN).toHtml());
        List<Element> checks = Xml.all(doc, "//table[@class='checklist-table']/tbody/tr");
        assertThat(checks).hasSize(6);
        assertThat(checks.stream().map(e -> e.getAttribute("data-outcome")).distinct()).contains("PASS", "FAIL");
        for (Element row : checks) {
            assertThat(Xml.all(row, ".//g[@class='outcome-mark']")).hasSize(1);
            assertThat(Xml.all(row, "./td")).hasSize(3).allSatisfy(td -> assertThat(td.getTextContent()).isNotBlank());
        }
        assertThat(Xml.all(doc, "//table[@class='usage-table']/tbody/tr[@data-step]")).hasSize(3);
        assertThat(Xml.all(doc, "//ol[@class='next-steps']/li")).hasSize(3);
        assertThat(Xml.all(doc, "//ol[@class='next-steps']/li/ul/li")).isNotEmpty();
        assertThat(doc.getDocumentElement().getTextContent()).contains("Expectations of an ICS municipality",
                "Use of ICS in casework", "Suggested next steps", "Improving");
    }

    @Test
    void danishReportUsesDanishWords() {
        String html = SampleReports.barometerReport(Language.DA).toHtml();
        assertThat(html).contains("<html lang=\"da\"", "De syv sigtepunkter", "Forventninger til en ICS-kommune",
                "Brugen af ICS i sagsbehandlingen", "Forslag til næste skridt", "Ledelsen går foran", "Fremgang")
                .doesNotContain("Suggested next steps", "Management leads the way");
    }

    @Test
    void aReportNeedsARound() {
        assertThatThrownBy(() -> BarometerReport.builder().build()).isInstanceOf(IllegalStateException.class);
    }
}
