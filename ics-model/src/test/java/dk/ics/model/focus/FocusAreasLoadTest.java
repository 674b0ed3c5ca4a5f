package dk.ics.model.focus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Language;
import dk.ics.model.age.AgeGroups;
import dk.ics.model.triangle.Dimension;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FocusAreasLoadTest {

    private static Path file(String dir, String name) {
        try {
            return Path.of(FocusAreasLoadTest.class.getResource("/" + dir + "/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMunicipalCatalogueIsLoadedWithItsMetadata() {
        FocusAreas own = FocusAreas.load(file("focus", "municipal.json"));
        assertThat(own.info().illustrative()).isFalse();
        assertThat(own.info().id()).isEqualTo("kommune-fokus");
        assertThat(own.statements("AAR_3_5", Dimension.SUNDHEDSFORHOLD)).extracting(FocusStatement::id)
                .containsExactly("K1", "K2");
        FocusStatement k1 = own.statements("AAR_3_5", Dimension.SUNDHEDSFORHOLD).get(0);
        assertThat(k1.text().in(Language.EN)).isEqualTo("Barnet er sundt.");
        assertThat(own.statements("AAR_3_5", Dimension.TRYGT_OMSORGSMILJOE)).isEmpty();
    }

    @Test
    void aCatalogueCanBeReadAgainstTheMunicipalitysOwnAgeGroups() {
        AgeGroups groups = AgeGroups.load(file("age", "municipal.json"));
        Path f = file("focus", "municipal.json");
        assertThatThrownBy(() -> FocusAreas.load(f, groups)).isInstanceOfSatisfying(IcsInvalidDataException.class,
                e -> {
                    assertThat(e.location().pointer()).isEqualTo("/entries/0/ageGroup");
                    assertThat(e.reason()).contains("'AAR_3_5'").contains("SMAA, STOERRE");
                });
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource({
            "unknown-dimension.json, /entries/1/dimension, SUNDHEDSFORHOLD",
            "unknown-age-group.json, /entries/1/ageGroup, unknown age group code 'AAR_3_6'",
            "duplicate-id.json, /entries/1/statements/0/id, appears twice",
            "missing-danish.json, /entries/0/statements/1/text/da, missing Danish text",
            "unknown-kind.json, /entries/1/statements/0/kind, RESOURCE, RISK",
            "missing-illustrative.json, /catalogue/illustrative, true or false",
            "duplicate-cell.json, /entries/1, already given in /entries/0"})
    void aBadCatalogueIsRefusedWithTheFileAndThePointer(String name, String pointer, String reason) {
        Path f = file("focus", name);
        assertThatThrownBy(() -> FocusAreas.load(f)).isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
            assertThat(e.location().source()).isEqualTo(f.toString());
            assertThat(e.location().pointer()).isEqualTo(pointer);
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void aRefusedCatalogueNeverQuotesItsTexts() {
        Path f = file("focus", "duplicate-id.json");
        assertThatThrownBy(() -> FocusAreas.load(f)).hasMessageNotContaining("Familien er isoleret");
    }
}
