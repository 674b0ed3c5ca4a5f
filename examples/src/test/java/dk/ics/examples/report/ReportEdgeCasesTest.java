package dk.ics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.barometer.Answer;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Role;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Statement;
import dk.ics.model.Language;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.EventType;
import dk.ics.model.child.Child;
import dk.ics.model.triangle.Dimension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportEdgeCasesTest {

    @Property(tries = 40)
    void anyBoardIsDrawnWithItsCountsAndItsTextsListedVerbatim(@ForAll("boards") List<DimensionNotes> notes) {
        BoardContent.Builder b = BoardContent.builder();
        for (int i = 0; i < notes.size(); i++) {
            b.dimension(Dimension.values()[i], notes.get(i));
        }
        BoardContent board = b.build();
        Document doc = ReportSafetyChecks.checkHtml(CaseReport.builder().caseRecord(SampleReports.caseRecord())
                .asOf(SampleReports.AS_OF).board(board).build().toHtml());
        for (Dimension d : Dimension.values()) {
            Element card = Xml.one(doc, "//g[@class='dimension'][@data-dimension='" + d.code() + "']");
            assertThat(Xml.one(card, ".//text[@class='count-resources']").getTextContent())
                    .isEqualTo("+" + board.notes(d).resources().size());
            assertThat(Xml.one(card, ".//text[@class='count-challenges']").getTextContent())
                    .isEqualTo("\u2212" + board.notes(d).challenges().size());
            Element listed = Xml.one(doc, "//div[@data-dimension='" + d.code() + "']");
            assertThat(Xml.texts(listed, ".//ul[@class='challenges']/li")).isEqualTo(board.notes(d).challenges());
        }
    }

    @Provide
    Arbitrary<List<DimensionNotes>> boards() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abcæøå <>&\"'§ ").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
        Arbitrary<DimensionNotes> one = net.jqwik.api.Combinators.combine(Arbitraries.of(true, false),
                text.list().ofMaxSize(12), text.list().ofMaxSize(12)).as(DimensionNotes::of);
        return one.list().ofSize(10);
    }

    @Test
    void aCaseWithoutDeadlinesSaysSoOnTheTimeline() {
        CaseRecord bare = new CaseRecord("sag-tom", Child.born("barn-1", LocalDate.of(2015, 1, 1)), null,
                LocalDate.of(2026, 1, 5), List.of());
        String html = CaseReport.builder().caseRecord(bare).asOf(LocalDate.of(2026, 2, 1)).deadlines(List.of())
                .language(Language.EN).build().toHtml();
        Document doc = ReportSafetyChecks.checkHtml(html);
        Element svg = Xml.one(doc, "//svg[contains(@class, 'timeline')]");
        assertThat(Xml.all(svg, ".//g[@class='deadline']")).isEmpty();
        assertThat(svg.getTextContent()).contains("No deadlines apply to this case.");
        assertThat(Xml.all(doc, "//table[@class='deadline-table']")).isEmpty();
    }

    @Test
    void theDefaultDeadlinesAreComputedOnTheReportsDate() {
        CaseRecord open = new CaseRecord("sag-aaben", Child.born("barn-2", LocalDate.of(2016, 3, 1)), null, null,
                List.of(CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2026-02-02T09:00")));
        CaseReport report = CaseReport.builder().caseRecord(open).asOf(LocalDate.of(2026, 2, 3)).build();
        assertThat(report.deadlines()).isNotEmpty();
        Document doc = ReportSafetyChecks.checkHtml(report.toHtml());
        assertThat(Xml.all(doc, "//svg[contains(@class, 'timeline')]//g[@class='deadline']"))
                .hasSize(report.deadlines().size());
    }

    @Test
    void anAimPointWithoutAScoreIsLeftOutOfThePolygon() {
        Catalogue catalogue = Catalogue.standard();
        // Only partners answer, and only the statements of the last aim point: the others get no score.
        List<Statement> last = catalogue.aimPoints().get(catalogue.aimPoints().size() - 1).statements();
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Map<String, Answer> answers = new HashMap<>();
            for (Statement s : last) {
                answers.put(s.id(), Answer.of(2));
            }
            respondents.add(new Respondent("p" + r, Role.PARTNER, answers));
        }
        RoundScore score = Barometer.standard().score(Round.of(catalogue, "Prøve Kommune", LocalDate.of(2025, 5, 1),
                respondents));
        BarometerReport report = BarometerReport.builder().rounds(score).madeOn(LocalDate.of(2025, 5, 2)).build();
        Document doc = ReportSafetyChecks.checkHtml(report.toHtml());
        Element polygon = Xml.one(doc, "//polygon[@class='round']");
        long scored = score.total().aimPoints().stream().filter(a -> a.score() != null).count();
        assertThat(scored).isEqualTo(1);
        assertThat(polygon.getAttribute("points").split(" ")).hasSize(1);
        assertThat(Xml.all(doc, "//table[@class='aim-table']//td[@data-status='INSUFFICIENT_ANSWERS']"))
                .hasSize(catalogue.aimPoints().size() - 1);
        assertThat(Xml.all(doc, "//table[@class='aim-table']/thead/tr/th")).extracting(Element::getTextContent)
                .doesNotContain("Ændring");
    }
}
