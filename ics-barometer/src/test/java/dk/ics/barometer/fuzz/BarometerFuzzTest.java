package dk.ics.barometer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.CsvAnswers;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundInfo;
import dk.ics.barometer.RoundScore;
import dk.ics.model.IcsException;
import dk.ics.model.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes the barometer's imports and what follows them: arbitrary bytes read as a CSV round, a JSON round or a
 * catalogue give a value or an {@link IcsException}, never another exception; a round that reads scores without
 * error, and writing it out and reading it back gives the same round and score. In {@code mvn verify} this runs over
 * the committed inputs in {@code BarometerFuzzTestInputs/}; {@code -Pfuzz} fuzzes one target for a set time.
 */
class BarometerFuzzTest {

    private static final Barometer BAROMETER = Barometer.standard();
    private static final RoundInfo INFO = new RoundInfo("Fuzz Kommune", LocalDate.of(2024, 3, 14));

    @FuzzTest(maxDuration = "5m")
    void csvImportAndScoring(byte[] input) {
        Round round;
        try {
            round = BAROMETER.readCsv(new ByteArrayInputStream(input), "fuzz.csv", INFO);
        } catch (IcsException expected) {
            assertThat(expected.location()).isNotNull();
            return;
        }
        scoreAndRoundTrip(round);
    }

    @FuzzTest(maxDuration = "5m")
    void jsonImportAndScoring(byte[] input) {
        Round round;
        try {
            round = BAROMETER.readJson(new ByteArrayInputStream(input), "fuzz.json");
        } catch (IcsException expected) {
            assertThat(expected.location()).isNotNull();
            return;
        }
        scoreAndRoundTrip(round);
    }

    private static void scoreAndRoundTrip(Round round) {
        RoundScore score = BAROMETER.score(round);
        assertThat(BAROMETER.nextSteps(score, 3)).hasSizeLessThanOrEqualTo(
                BAROMETER.catalogue().aimPoints().size());
        Round fromJson = BAROMETER.readJson(bytes(BAROMETER.toJson(round)), "round.json");
        assertThat(fromJson).isEqualTo(round);
        for (CsvAnswers answers : CsvAnswers.values()) {
            Round fromCsv = BAROMETER.readCsv(bytes(BAROMETER.toCsv(round, answers)), "round.csv", null);
            assertThat(BAROMETER.score(fromCsv)).isEqualTo(score);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void catalogueLoading(byte[] input) {
        Catalogue catalogue;
        try {
            catalogue = Catalogue.read(new ByteArrayInputStream(input), "fuzz.json", ReadLimits.DEFAULTS);
        } catch (IcsException expected) {
            assertThat(expected.location()).isNotNull();
            return;
        }
        Barometer own = Barometer.withCatalogue(catalogue);
        assertThat(own.csvTemplate()).isNotBlank();
        Catalogue again = Catalogue.read(bytes(catalogue.toJson()), "catalogue.json", ReadLimits.DEFAULTS);
        assertThat(again).isEqualTo(catalogue);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
