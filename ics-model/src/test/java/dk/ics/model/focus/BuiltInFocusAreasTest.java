package dk.ics.model.focus;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Language;
import dk.ics.model.age.AgeGroup;
import dk.ics.model.age.AgeGroups;
import dk.ics.model.triangle.Dimension;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInFocusAreasTest {

    private static final FocusAreas AREAS = FocusAreas.builtIn();

    @Test
    void theBuiltInCatalogueSaysItIsIllustrativeAndNotOfficial() {
        CatalogueInfo info = AREAS.info();
        assertThat(info.illustrative()).isTrue();
        assertThat(info.source().da()).contains("Ikke de danske myndigheders officielle tekst");
        assertThat(info.source().en()).contains("Not the official text");
        assertThat(info.title().in(Language.EN)).contains("illustrative");
    }

    @Test
    void everyAgeGroupAndDimensionHasAResourceAndARiskInDanishAndEnglish() {
        for (AgeGroup g : AgeGroups.standard().groups()) {
            for (Dimension d : Dimension.values()) {
                List<FocusStatement> s = AREAS.statements(g, d);
                assertThat(s).as(g.code() + " " + d).hasSizeGreaterThanOrEqualTo(2)
                        .extracting(FocusStatement::kind).contains(StatementKind.RESOURCE, StatementKind.RISK);
                s.forEach(x -> {
                    assertThat(x.text().da()).as(x.id()).isNotBlank().endsWith(".");
                    assertThat(x.text().en()).as(x.id()).isNotBlank().isNotEqualTo(x.text().da());
                });
            }
        }
    }

    @Test
    void statementIdsAndTextsAreUnique() {
        List<FocusStatement> all = AREAS.allStatements();
        assertThat(all).hasSize(8 * 10 * 2);
        Set<String> texts = new HashSet<>();
        all.forEach(s -> assertThat(texts.add(s.text().da())).as(s.id()).isTrue());
    }

    @Test
    void aChildsFocusAreasAreThoseOfItsAgeGroupPerDimension() {
        LocalDate birth = LocalDate.of(2020, 6, 15);
        AgeGroupFocus f = AREAS.forChild(birth, LocalDate.of(2024, 6, 14)).orElseThrow();
        assertThat(f.ageGroup().code()).isEqualTo("AAR_3_5");
        assertThat(f.byDimension()).containsOnlyKeys(Dimension.values());
        assertThat(f.byDimension().keySet()).containsExactly(Dimension.values());
        assertThat(f.statements(Dimension.SUNDHEDSFORHOLD))
                .isEqualTo(AREAS.statements("AAR_3_5", Dimension.SUNDHEDSFORHOLD));
        assertThat(f.catalogue()).isEqualTo(AREAS.info());
        assertThat(AREAS.forChild(birth, LocalDate.of(2026, 6, 15)).orElseThrow().ageGroup().code())
                .isEqualTo("AAR_6_9");
    }

    @Test
    void anUnbornChildGetsTheUnbornStatementsAndAnAdultNone() {
        LocalDate expected = LocalDate.of(2027, 1, 10);
        assertThat(AREAS.forChild(expected, LocalDate.of(2026, 11, 1)).orElseThrow().ageGroup().code())
                .isEqualTo("UFOEDT");
        assertThat(AREAS.forChild(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void anUnknownAgeGroupCodeHasNoStatements() {
        assertThat(AREAS.statements("NO_SUCH_GROUP", Dimension.SOCIALT_NETVAERK)).isEmpty();
    }
}
