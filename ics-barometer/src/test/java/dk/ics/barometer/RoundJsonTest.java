package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsParseException;
import dk.ics.model.IcsUnknownCodeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundJsonTest {

    private static final Barometer BAROMETER = Barometer.standard();

    private static Round read(String json) {
        return BAROMETER.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json");
    }

    private static String round(String respondents) {
        return "{\"municipality\": \"Testkommune\", \"date\": \"2024-03-01\", \"catalogue\": {\"id\": "
                + "\"ics-implementeringsbarometer\", \"version\": \"2019.1\"}, \"respondents\": [" + respondents + "]}";
    }

    @Test
    void answersMayBeNumbersWordsOrCodes() {
        Round r = read(round("{\"id\": \"A\", \"role\": \"Superbruger\", \"answers\": {\"S1.1\": 3, "
                + "\"S1.2\": \"I nogen grad\", \"S1.3\": \"VED_IKKE\"}}"));
        Respondent a = r.respondents().get(0);
        assertThat(a.role()).isEqualTo(Role.SUPER_USER);
        assertThat(a.answers()).containsEntry("S1.1", Answer.of(3)).containsEntry("S1.2", Answer.of(2))
                .containsEntry("S1.3", Answer.DONT_KNOW);
    }

    @Test
    void surroundingWhitespaceIsStrippedAsInCsvSoBothFormatsGiveTheSameRound() {
        String json = "{\"municipality\": \" Testkommune \", \"date\": \"2024-03-01\", \"catalogue\": {\"id\": "
                + "\"ics-implementeringsbarometer\", \"version\": \"2019.1\"}, \"respondents\": [{\"id\": \" A \", "
                + "\"role\": \" LEADER\", \"answers\": {\"S1.1\": 3}}]}";
        Round fromJson = read(json);
        assertThat(fromJson.municipality()).isEqualTo("Testkommune");
        assertThat(fromJson.respondents().get(0).id()).isEqualTo("A");
        String csv = "respondent;role;municipality;date;S1.1\n A ; LEADER; Testkommune ;2024-03-01;3\n";
        Round fromCsv = BAROMETER.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv",
                null);
        assertThat(fromJson).isEqualTo(fromCsv);
    }

    @Test
    void roundTripsWithoutLoss(@TempDir Path dir) {
        Round original = Rounds.readCsv(TestRounds.examples().resolve("eksempel-kommune-2024.csv"));
        Path file = dir.resolve("r.json");
        Rounds.writeJson(original, file);
        assertThat(Rounds.readJson(file)).isEqualTo(original);
        assertThat(Rounds.toJson(original)).contains("\"S1.1\" : 3");
    }

    @Test
    void unknownStatementIsNamedWithItsPointer() {
        assertThatThrownBy(() -> read(round("{\"id\": \"A\", \"role\": \"LEADER\", \"answers\": {\"S0.1\": 3}}")))
                .isInstanceOf(IcsUnknownCodeException.class)
                .hasMessageContaining("r.json at /respondents/0/answers/S0.1").hasMessageContaining("'S0.1'");
    }

    @Test
    void anUnknownAnswerKeyThatIsFreeTextIsNamedByItsRespondentNotShown() {
        assertThatThrownBy(() -> read(round("{\"id\": \"A\", \"role\": \"LEADER\", \"answers\": "
                + "{\"Jensen mener noget\": 3}}")))
                .isInstanceOfSatisfying(IcsUnknownCodeException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/respondents/0/answers");
                    assertThat(e.getMessage()).doesNotContain("Jensen");
                });
    }

    @Test
    void answerOutsideTheScaleIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> read(round("{\"id\": \"A\", \"role\": \"LEADER\", \"answers\": "
                + "{\"S1.1\": \"Peter synes godt\"}}")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/respondents/0/answers/S1.1")
                .hasMessageNotContaining("Peter");
        assertThatThrownBy(() -> read(round("{\"id\": \"A\", \"role\": \"LEADER\", \"answers\": {\"S1.1\": null}}")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("leave out");
    }

    @Test
    void duplicateRespondentIsRefused() {
        String a = "{\"id\": \"A\", \"role\": \"LEADER\", \"answers\": {\"S1.1\": 3}}";
        assertThatThrownBy(() -> read(round(a + "," + a))).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/respondents/1/id").hasMessageContaining("duplicate respondent id");
    }

    @Test
    void emptyRoundIsRefused() {
        assertThatThrownBy(() -> read(round(""))).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/respondents").hasMessageContaining("no respondents");
    }

    @Test
    void otherCatalogueVersionIsRefused() {
        String json = round("").replace("2019.1", "2025.2");
        assertThatThrownBy(() -> read(json)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("at /catalogue").hasMessageContaining("'2025.2'");
    }

    @Test
    void unknownPropertyAndBadDateAreRefusedWithPointers() {
        assertThatThrownBy(() -> read(round("").replace("\"date\"", "\"dato\"")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/dato");
        assertThatThrownBy(() -> read(round("").replace("2024-03-01", "1. marts")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/date");
    }

    @Test
    void malformedJsonIsAParseErrorWithLine() {
        assertThatThrownBy(() -> read("{\"municipality\": \n")).isInstanceOf(IcsParseException.class)
                .hasMessageContaining("r.json");
    }

    @Test
    void roundCatalogueAndRespondentMustBeObjectsWithKnownProperties() {
        assertThatThrownBy(() -> read("[]")).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("expected an object");
        assertThatThrownBy(() -> read(round("").replace("\"version\"", "\"versoin\"")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/catalogue/versoin");
        assertThatThrownBy(() -> read(round("").replace("{\"id\": \"ics-implementeringsbarometer\", "
                + "\"version\": \"2019.1\"}", "\"ics-implementeringsbarometer 2019.1\"")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/catalogue")
                .hasMessageContaining("expected an object");
        assertThatThrownBy(() -> read(round("\"A\""))).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/respondents/0").hasMessageContaining("expected an object");
        assertThatThrownBy(() -> read(round("{\"id\": \"A\", \"role\": \"LEADER\", \"name\": \"x\"}")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/respondents/0/name");
    }
}
