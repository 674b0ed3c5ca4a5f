package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example rounds of Eksempel Kommune, scored and checked against a recomputation from the raw answers. */
class ExampleRoundsTest {

    private static final Barometer BAROMETER = Barometer.standard();

    private static Round round(int year) {
        return BAROMETER.readJson(TestRounds.examples().resolve("eksempel-kommune-" + year + ".json"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024})
    void csvAndJsonOfTheSameRoundAreEqual(int year) {
        Round fromCsv = Rounds.readCsv(TestRounds.examples().resolve("eksempel-kommune-" + year + ".csv"));
        assertThat(fromCsv).isEqualTo(round(year));
        assertThat(fromCsv.respondents()).hasSize(16);
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024})
    void scoresMatchARecomputationFromTheRawAnswers(int year) {
        Round round = round(year);
        RoundScore score = BAROMETER.score(round);
        assertGroupMatches(score.total(), round, r -> true);
        for (GroupScore g : score.byRole()) {
            assertGroupMatches(g, round, r -> r.role() == g.role());
        }
        assertThat(score.byRole()).extracting(GroupScore::role).containsExactly(Role.LEADER, Role.ICS_LEAD,
                Role.SUPER_USER, Role.CASEWORKER, Role.PARTNER);
    }

    @Test
    void firstRoundHasTheFiguresWorkedOutByHand() {
        RoundScore s = BAROMETER.score(round(2023));
        assertThat(s.total().aimPoints()).extracting(AimPointScore::score)
                .containsExactly(60, 32, 47, 51, 41, 55, 40);
        assertThat(s.overall()).isEqualTo(47);
        assertThat(s.aimPoint("S2").orElseThrow().status()).isEqualTo(Status.RED);
        assertThat(s.aimPoint("S1").orElseThrow().status()).isEqualTo(Status.YELLOW);
        assertThat(s.role(Role.LEADER).orElseThrow().aimPoint("S1").orElseThrow().score()).isEqualTo(94);
        assertThat(s.role(Role.CASEWORKER).orElseThrow().aimPoint("S1").orElseThrow().score()).isEqualTo(49);
        assertThat(s.role(Role.PARTNER).orElseThrow().aimPoint("S1").orElseThrow().status())
                .isEqualTo(Status.INSUFFICIENT_ANSWERS);
        assertThat(s.role(Role.PARTNER).orElseThrow().overall()).isEqualTo(60);
    }

    @Test
    void secondRoundHasTheFiguresWorkedOutByHand() {
        RoundScore s = BAROMETER.score(round(2024));
        assertThat(s.total().aimPoints()).extracting(AimPointScore::score)
                .containsExactly(71, 69, 71, 73, 55, 63, 41);
        assertThat(s.overall()).isEqualTo(63);
        assertThat(s.role(Role.ICS_LEAD).orElseThrow().aimPoint("S1").orElseThrow().score()).isEqualTo(100);
    }

    @Test
    void leadersAndCaseworkersFarApartIsAFinding() {
        RoundScore s = BAROMETER.score(round(2023));
        RoleSpread s1 = s.spread("S1").orElseThrow();
        assertThat(s1.highestRole()).isEqualTo(Role.LEADER);
        assertThat(s1.highest()).isEqualTo(94);
        assertThat(s1.spread()).isEqualTo(94 - s1.lowest());
        assertThat(s.report().withCode("BAR-ROLE-GAP")).anySatisfy(f -> {
            assertThat(f.pointer()).isEqualTo("/aimPoints/0");
            assertThat(f.message().da()).contains("Sigtepunkt S1", "Leder", "94");
            assertThat(f.message().en()).contains("Aim point S1", "Leader", "94");
        });
    }

    @Test
    void trendBetweenTheRoundsShowsImprovementOnThePlanAndPartnersStandingStill() {
        Trend t = BAROMETER.compare(round(2024), round(2023));
        assertThat(t.dates()).containsExactly(round(2023).date(), round(2024).date());
        ScoreTrend plan = t.aimPoint("S2").orElseThrow();
        assertThat(plan.scores()).containsExactly(32, 69);
        assertThat(plan.change()).isEqualTo(37);
        assertThat(plan.direction()).isEqualTo(Direction.IMPROVING);
        assertThat(t.aimPoint("S7").orElseThrow().scores()).containsExactly(40, 41);
        assertThat(t.aimPoint("S7").orElseThrow().direction()).isEqualTo(Direction.STABLE);
        assertThat(t.aimPoint("S6").orElseThrow().direction()).isEqualTo(Direction.IMPROVING);
        assertThat(t.overall().scores()).containsExactly(47, 63);
        RoleTrend caseworkers = t.role(Role.CASEWORKER).orElseThrow();
        assertThat(caseworkers.aimPoint("S2").orElseThrow().scores()).containsExactly(25, 62);
        assertThat(caseworkers.aimPoint("S2").orElseThrow().direction()).isEqualTo(Direction.IMPROVING);
        assertThat(caseworkers.overall().scores()).containsExactly(40, 57);
        RoleTrend partners = t.role(Role.PARTNER).orElseThrow();
        assertThat(partners.aimPoint("S7").orElseThrow().scores()).containsExactly(60, 27);
        assertThat(partners.aimPoint("S7").orElseThrow().direction()).isEqualTo(Direction.DECLINING);
        assertThat(partners.aimPoint("S1").orElseThrow().direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(t.byRole()).extracting(RoleTrend::role).containsExactly(Role.LEADER, Role.ICS_LEAD,
                Role.SUPER_USER, Role.CASEWORKER, Role.PARTNER);
        assertThat(t.mostMoved().orElseThrow().aimPointId()).isEqualTo("S2");
        assertThat(BAROMETER.withTrendMargin(10).compare(round(2023), round(2024)).aimPoint("S6").orElseThrow()
                .direction()).isEqualTo(Direction.STABLE);
    }

    /** The scoring rules, applied directly to the raw answers with exact decimals. */
    private static void assertGroupMatches(GroupScore g, Round round, Predicate<Respondent> member) {
        List<Respondent> members = round.respondents().stream().filter(member).toList();
        List<BigDecimal> exacts = new ArrayList<>();
        int totalAnswers = 0;
        for (AimPoint a : TestRounds.CATALOGUE.aimPoints()) {
            int sum = 0;
            int n = 0;
            int answered = 0;
            for (Statement st : a.statements()) {
                boolean any = false;
                for (Respondent r : members) {
                    Answer ans = r.answer(st.id());
                    if (ans != null && ans.value() != null) {
                        sum += ans.value();
                        n++;
                        any = true;
                    }
                }
                answered += any ? 1 : 0;
            }
            totalAnswers += n;
            AimPointScore got = g.aimPoint(a.id()).orElseThrow();
            assertThat(got.answers()).isEqualTo(n);
            if (answered * 2 < a.statements().size()) {
                assertThat(got.score()).as(a.id()).isNull();
                assertThat(got.status()).isEqualTo(Status.INSUFFICIENT_ANSWERS);
                continue;
            }
            BigDecimal exact = BigDecimal.valueOf(sum * 100L).divide(BigDecimal.valueOf(n * 3L), 20,
                    RoundingMode.HALF_UP);
            exacts.add(exact);
            int expected = exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
            assertThat(got.score()).as(a.id() + " of " + g.role()).isEqualTo(expected);
            assertThat(got.status()).isEqualTo(expected >= 67 ? Status.GREEN : expected >= 34 ? Status.YELLOW
                    : Status.RED);
        }
        assertThat(g.answers()).isEqualTo(totalAnswers);
        BigDecimal mean = exacts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(exacts.size()), 20, RoundingMode.HALF_UP);
        assertThat(g.overall()).isEqualTo(mean.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }
}
