package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsParseException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final Path BAD = Path.of("src", "test", "resources", "catalogue");

    @Test
    void standardCatalogueHasSevenAimPointsAndTwentyFourStatements() {
        Catalogue c = Catalogue.standard();
        assertThat(c.aimPoints()).extracting(AimPoint::id).containsExactly("S1", "S2", "S3", "S4", "S5", "S6", "S7");
        assertThat(c.aimPoints()).extracting(a -> a.statements().size()).containsExactly(3, 4, 4, 4, 3, 3, 3);
        assertThat(c.statements()).hasSize(24);
        assertThat(c.statements()).allSatisfy(s -> {
            assertThat(s.text().da()).isNotBlank();
            assertThat(s.text().en()).isNotBlank();
            assertThat(s.source()).isNotBlank();
        });
    }

    @Test
    void statementsCarryTheDanishWordingWithDanishLetters() {
        Catalogue c = Catalogue.standard();
        assertThat(c.statement("S1.2").orElseThrow().text().da())
                .isEqualTo("Ledelsen har udpeget en ICS-ansvarlig, der understøtter implementeringen af ICS.");
        assertThat(c.statement("S3.4").orElseThrow().text().da())
                .isEqualTo("Rådgiverne gør brug af ICS-superbrugerne til ICS-faglig sparring.");
        assertThat(c.aimPoint("S4").orElseThrow().title().da()).isEqualTo("Medarbejderne klædes på");
        assertThat(c.aimPointOf("S7.3").orElseThrow().id()).isEqualTo("S7");
    }

    @Test
    void aimPointThreeUsesForandringsagenterAndKnowsTheOtherSpelling() {
        AimPoint three = Catalogue.standard().aimPoint("S3").orElseThrow();
        assertThat(three.title().da()).isEqualTo("ICS-superbrugerne er forandringsagenter");
        assertThat(three.variants()).contains("ICS-superbrugerne er forankringsagenter");
        assertThat(Catalogue.standard().notes().da()).contains("forankringsagenter", "forandringsagenter");
        assertThat(Catalogue.standard().aimPointByTitle("ICS-Superbrugerne er  forankringsagenter"))
                .contains(three);
        assertThat(Catalogue.standard().aimPointByTitle("ics danner ramme for den daglige praksis").orElseThrow()
                .id()).isEqualTo("S6");
        assertThat(Catalogue.standard().aimPointByTitle("Partners are involved").orElseThrow().id())
                .isEqualTo("S7");
        assertThat(Catalogue.standard().aimPointByTitle("Ledelsen går bagud")).isEmpty();
    }

    @Test
    void scaleAndThresholdsAreData() {
        Catalogue c = Catalogue.standard();
        assertThat(c.scale().maxValue()).isEqualTo(3);
        assertThat(c.scale().minValue()).isZero();
        assertThat(c.scale().parse("i høj grad")).contains(Answer.of(3));
        assertThat(c.scale().parse(" Ved ikke ")).contains(Answer.DONT_KNOW);
        assertThat(c.scale().parse("2")).contains(Answer.of(2));
        assertThat(c.scale().parse("To a lesser degree")).contains(Answer.of(1));
        assertThat(c.scale().parse("måske")).isEmpty();
        assertThat(c.thresholds()).isEqualTo(new StatusThresholds(67, 34));
        assertThat(c.minimumAnsweredShare()).isEqualTo(0.5);
    }

    @Test
    void catalogueWrittenAsJsonLoadsBackEqual() {
        Catalogue c = Catalogue.standard();
        Catalogue again = Catalogue.read(new ByteArrayInputStream(c.toJson().getBytes(StandardCharsets.UTF_8)),
                "copy.json", dk.ics.model.ReadLimits.DEFAULTS);
        assertThat(again).isEqualTo(c);
    }

    @Test
    void municipalityCatalogueWithAnExtraStatementLoadsFromAFile() {
        Catalogue c = Catalogue.load(BAD.resolve("with-own-statement.json"));
        assertThat(c.statement("S6.4")).isPresent();
        assertThat(c.statements()).hasSize(25);
        assertThat(Barometer.withCatalogue(c).catalogue().version()).isEqualTo("2019.1-eksempel");
    }

    @Test
    void aimPointWithoutStatementsIsRejectedWhenLoaded() {
        assertThatThrownBy(() -> Catalogue.load(BAD.resolve("no-statements.json")))
                .isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/aimPoints/1/statements").hasMessageContaining("no statements");
    }

    @Test
    void duplicateStatementIdsAreRejectedWhenLoaded() {
        assertThatThrownBy(() -> Catalogue.load(BAD.resolve("duplicate-id.json")))
                .isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/aimPoints/0/statements/1/id").hasMessageContaining("duplicate id 'S1.1'");
    }

    @Test
    void thresholdsOutOfOrderAreRejectedWhenLoaded() {
        assertThatThrownBy(() -> Catalogue.load(BAD.resolve("thresholds-out-of-order.json")))
                .isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/thresholds").hasMessageContaining("out of order");
    }

    @Test
    void programmaticCatalogueIsCheckedByTheBarometer() {
        Catalogue c = Catalogue.standard();
        Catalogue broken = new Catalogue(c.id(), c.version(), c.title(), c.source(), c.notes(), c.scale(),
                new StatusThresholds(30, 60), c.minimumAnsweredShare(), c.roleGapThreshold(), c.aimPoints());
        assertThatThrownBy(() -> Barometer.withCatalogue(broken)).isInstanceOf(IcsInvalidDataException.class);
        Catalogue empty = new Catalogue(c.id(), c.version(), c.title(), c.source(), c.notes(), c.scale(),
                c.thresholds(), c.minimumAnsweredShare(), c.roleGapThreshold(), List.of());
        assertThatThrownBy(empty::checked).hasMessageContaining("/aimPoints");
    }

    @Test
    void missingCatalogueFileIsAParseErrorNamingTheFile() {
        assertThatThrownBy(() -> Catalogue.load(BAD.resolve("nowhere.json")))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("nowhere.json");
    }
}
