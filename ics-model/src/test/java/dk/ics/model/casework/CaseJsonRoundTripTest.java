package dk.ics.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.ReadLimits;
import dk.ics.model.child.Cpr;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CaseJsonRoundTripTest {

    private static CaseRecord load(String name) throws Exception {
        try (InputStream in = CaseJsonRoundTripTest.class.getResourceAsStream("/casework/" + name)) {
            return CaseRecords.read(in, name, ReadLimits.DEFAULTS);
        }
    }

    @Test
    void aFullCaseIsReadWithEveryAttribute() throws Exception {
        CaseRecord c = load("full-case.json");
        assertThat(c.regime()).as("opened in 2024").isEqualTo(LegalRegime.BARNETS_LOV);
        assertThat(c.events()).hasSize(13);
        assertThat(c.child().cpr()).isEqualTo(Cpr.parse("1405124321"));
        CaseEvent first = c.events().get(0);
        assertThat(first.at()).isEqualTo(OffsetDateTime.of(2024, 2, 1, 10, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(first.isAboutAbuse()).isTrue();
        assertThat(first.isFromProfessional()).isTrue();
        assertThat(c.events().get(3).at()).as("a date is the start of the day in Copenhagen")
                .isEqualTo(OffsetDateTime.of(2024, 2, 5, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(c.events().get(6).at().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(c.events().get(7).section()).isEqualTo("§ 32, stk. 1, nr. 3");
    }

    @Test
    void writingAndReadingAgainGivesAnEqualCase() throws Exception {
        CaseRecord c = load("full-case.json");
        String json = CaseRecords.toJson(c);
        CaseRecord again = CaseRecords.parse(json);
        assertThat(again).isEqualTo(c);
        assertThat(CaseRecords.toJson(again)).isEqualTo(json);
        assertThat(json).contains("\"cpr\" : \"140512-4321\"").contains("\"regime\" : \"BARNETS_LOV\"")
                .doesNotContain("null").doesNotContain("unborn").doesNotContain("aboutAbuse");
    }

    @Test
    void aFileIsReadByPath() {
        Path file = Path.of("src/test/resources/casework/full-case.json");
        assertThat(CaseRecords.read(file).events()).hasSize(13);
        assertThatThrownBy(() -> CaseRecords.read(Path.of("src/test/resources/casework/missing.json")))
                .isInstanceOf(IcsParseException.class).hasMessageStartingWith("missing.json");
    }

    @Test
    void badFieldsAreReportedAtTheirPointerWithoutTheirValues() {
        String badCpr = "{\"id\":\"s\",\"child\":{\"id\":\"b\",\"cpr\":\"310299-1234\"}, \"regime\":\"SEL\"}";
        assertThatThrownBy(() -> CaseRecords.parse(badCpr))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/child/cpr");
                    assertThat(e.getMessage()).doesNotContain("310299").doesNotContain("1234");
                });
        String badTime = "{\"id\":\"s\",\"child\":{\"id\":\"b\"},\"events\":[{\"type\":\"CHILD_TALK\","
                + "\"at\":\"i går\"}]}";
        assertThatThrownBy(() -> CaseRecords.parse(badTime))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/events/0/at");
                    assertThat(e.getMessage()).doesNotContain("i går");
                });
        String wrongAttribute = "{\"id\":\"s\",\"child\":{\"id\":\"b\"},\"events\":[{\"type\":\"CHILD_TALK\","
                + "\"at\":\"2024-01-01\",\"placement\":true}]}";
        assertThatThrownBy(() -> CaseRecords.parse(wrongAttribute))
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/events/0/placement"));
        String unknownType = "{\"id\":\"s\",\"child\":{\"id\":\"b\"},\"events\":[{\"type\":\"BESOEG\","
                + "\"at\":\"2024-01-01\"}]}";
        assertThatThrownBy(() -> CaseRecords.parse(unknownType))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/events/0/type");
                    assertThat(e.getMessage()).contains("NOTIFICATION_RECEIVED");
                });
        String extra = "{\"id\":\"s\",\"child\":{\"id\":\"b\"},\"regime\":\"SEL\",\"extra\":1}";
        assertThatThrownBy(() -> CaseRecords.parse(extra))
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/extra"));
    }

    @Test
    void aCaseWithoutRegimeOrDatesIsRefused() {
        assertThatThrownBy(() -> CaseRecords.parse("{\"id\":\"s\",\"child\":{\"id\":\"b\"}}"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/regime"));
    }

    @Test
    void theReadLimitsApply() {
        assertThatThrownBy(() -> CaseRecords.parse("{\"id\":\"s\",\"child\":{\"id\":\"b\"},\"regime\":\"SEL\"}",
                ReadLimits.DEFAULTS.withMaxBytes(10))).isInstanceOf(IcsLimitException.class);
    }
}
