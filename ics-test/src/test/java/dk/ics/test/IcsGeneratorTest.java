package dk.ics.test;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Status;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.LegalRegime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IcsGeneratorTest {

    @Test
    void sameSeedGivesEqualCaseloads() {
        assertThat(IcsGenerator.seeded(7).caseload(200)).isEqualTo(IcsGenerator.seeded(7).caseload(200));
    }

    @Test
    void differentSeedsGiveDifferentCaseloads() {
        assertThat(IcsGenerator.seeded(7).caseload(50)).isNotEqualTo(IcsGenerator.seeded(8).caseload(50));
    }

    @Test
    void aSmallCaseloadIsTheStartOfALargerOne() {
        assertThat(IcsGenerator.seeded(3).caseload(1000).subList(0, 20)).isEqualTo(IcsGenerator.seeded(3).caseload(20));
    }

    @Test
    void caseloadCoversBothRegimesWithPseudonymousChildrenOnly() {
        List<CaseRecord> cases = IcsGenerator.seeded(11).caseload(500);

        assertThat(cases).extracting(CaseRecord::regime).contains(LegalRegime.SEL, LegalRegime.BARNETS_LOV);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.child().cprNumber()).isEmpty();
            assertThat(c.child().dateOfBirth()).isPresent();
            assertThat(c.child().id()).matches("barn-[0-9a-f]{8}");
        });
        assertThat(cases.stream().map(CaseRecord::id).collect(Collectors.toSet())).hasSize(500);
    }

    @Test
    void generatedCasesReadBackAndHaveDeadlinesOfEveryStatus() {
        List<CaseRecord> cases = IcsGenerator.seeded(5).caseload(300);

        assertThat(cases).allSatisfy(c -> assertThat(CaseRecords.parse(CaseRecords.toJson(c))).isEqualTo(c));
        Set<Object> statuses = cases.stream()
                .flatMap(c -> DeadlineCalculator.standard().deadlines(c, LocalDate.of(2026, 1, 1)).stream())
                .map(d -> d.status()).collect(Collectors.toSet());
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void sameSeedGivesEqualRoundsAndDifferentSeedsDifferentOnes() {
        List<Round> a = IcsGenerator.seeded(1).rounds(5, 20);

        assertThat(IcsGenerator.seeded(1).rounds(5, 20)).isEqualTo(a);
        assertThat(IcsGenerator.seeded(2).rounds(5, 20)).isNotEqualTo(a);
    }

    @Test
    void roundsHaveOneMunicipalityEachAndScoreAcrossTheStatusBands() {
        List<Round> rounds = IcsGenerator.seeded(9).rounds(120, 30);

        assertThat(rounds.stream().map(Round::municipality).distinct()).hasSize(120);
        assertThat(rounds).allSatisfy(r -> assertThat(r.respondents()).hasSize(30));
        Set<Status> overall = rounds.stream().map(Barometer.standard()::score).map(RoundScore::total)
                .map(g -> g.overallStatus()).collect(Collectors.toSet());
        assertThat(overall).contains(Status.GREEN, Status.YELLOW, Status.RED);
    }

    @Test
    void generatedDocumentsAreValidInTheirCaseAndReproducible() {
        List<DocumentFixture> docs = IcsGenerator.seeded(4).documents(18);

        assertThat(docs).allSatisfy(d -> dk.ics.test.IcsAssertions.assertThat(d.validate()).as(d.toString())
                .hasNoFindings());
        assertThat(docs.stream().map(DocumentFixture::toJson).toList())
                .isEqualTo(IcsGenerator.seeded(4).documents(18).stream().map(DocumentFixture::toJson).toList());
        assertThat(IcsGenerator.seeded(5).documentAt(5).toJson()).isNotEqualTo(docs.get(5).toJson());
    }

    @Test
    void generatedDocumentsHaveDanishTextsOtherThanTheExample() {
        String generated = IcsGenerator.seeded(4).documentAt(0, "bfu").toJson();

        assertThat(generated).isNotEqualTo(IcsFixtures.aBfu().toJson()).containsAnyOf("æ", "ø", "å")
                .doesNotContain("barn-7f3a").containsPattern("\"barn-[0-9a-f]{8}\"");
    }
}
