package dk.ics.model.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimensionMigrationTest {

    private static final DimensionMigration MAP = DimensionMigration.standard();

    private static Path file(String name) {
        try {
            return Path.of(DimensionMigrationTest.class.getResource("/triangle/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyLegacyDimensionMapsToAtLeastOne2019Dimension() {
        for (LegacyDimension d : LegacyDimension.values()) {
            assertThat(MAP.targetsOf(d)).as(d.code()).isNotEmpty();
        }
        assertThat(MAP.asMap()).containsOnlyKeys(LegacyDimension.values());
    }

    @Test
    void every2019DimensionIsReachedFromSomeLegacyDimension() {
        Set<Dimension> reached = EnumSet.noneOf(Dimension.class);
        MAP.mappings().forEach(r -> r.to().forEach(t -> reached.add(t.dimension())));
        assertThat(reached).containsExactlyInAnyOrder(Dimension.values());
        for (Dimension d : Dimension.values()) {
            assertThat(MAP.sourcesOf(d)).as(d.code()).isNotEmpty();
        }
    }

    @Test
    void emotionalWarmthGoesToSafeCareOrSupportOfRelationshipsAndNeedsReview() {
        assertThat(MAP.targetsOf(LegacyDimension.FOELELSESMAESSIG_VARME)).containsExactly(
                MigrationTarget.review(Dimension.TRYGT_OMSORGSMILJOE),
                MigrationTarget.review(Dimension.UNDERSTOETTELSE_AF_RELATIONER));
        assertThat(MAP.needingReview()).contains(LegacyDimension.FOELELSESMAESSIG_VARME)
                .doesNotContain(LegacyDimension.SUNDHED);
    }

    @Test
    void directMappingsNeedNoReview() {
        assertThat(MAP.targetsOf(LegacyDimension.SUNDHED))
                .containsExactly(MigrationTarget.direct(Dimension.SUNDHEDSFORHOLD));
        assertThat(MAP.ruleOf(LegacyDimension.BOLIG).anyNeedsReview()).isFalse();
        assertThat(MAP.sourcesOf(Dimension.BOLIG_BESKAEFTIGELSE_OG_OEKONOMI)).containsExactly(
                LegacyDimension.BOLIG, LegacyDimension.BESKAEFTIGELSE, LegacyDimension.OEKONOMI);
    }

    @Test
    void theMapSaysItIsOursAndNotOfficial() {
        assertThat(MAP.note().da()).contains("ikke en officiel");
        assertThat(MAP.note().en()).contains("not an official");
    }

    @Test
    void aMunicipalityCanLoadItsOwnMap() {
        DimensionMigration own = DimensionMigration.load(file("migration-own.json"));
        assertThat(own.targetsOf(LegacyDimension.SUNDHED))
                .containsExactly(MigrationTarget.review(Dimension.UDVIKLING_OG_ADFAERD));
        assertThat(MAP.targetsOf(LegacyDimension.SUNDHED))
                .containsExactly(MigrationTarget.direct(Dimension.SUNDHEDSFORHOLD));
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource({
            "migration-duplicate.json, /mappings/4/from, more than one rule",
            "migration-incomplete.json, /mappings, SOCIAL_INTEGRATION_OG_LOKALSAMFUNDETS_RESSOURCER",
            "migration-no-target.json, /mappings/2/to, at least one",
            "migration-unknown-dimension.json, /mappings/9/to/1/dimension, SUNDHEDSFORHOLD",
            "migration-twice.json, /mappings/9/to/1/dimension, appears twice"})
    void aBadMapIsRefusedWithTheFileAndThePointer(String name, String pointer, String reason) {
        Path f = file(name);
        assertThatThrownBy(() -> DimensionMigration.load(f)).isInstanceOfSatisfying(IcsInvalidDataException.class,
                e -> {
                    assertThat(e.location().source()).isEqualTo(f.toString());
                    assertThat(e.location().pointer()).isEqualTo(pointer);
                    assertThat(e.reason()).contains(reason);
                });
    }
}
