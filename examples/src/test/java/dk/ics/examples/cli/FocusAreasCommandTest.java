package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FocusAreasCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void textShowsTheAgeGroupAndResourcesAndRisksInDanish() {
        CliRun run = CliRun.ics("focus-areas", "--birth-date", "2019-11-30", "--on", "2026-11-24");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Barn født 2019-11-30, 6 år og 11 måneder gammelt pr. 2026-11-24",
                "Aldersgruppe: 6-9 år (AAR_6_9)", "illustrativt katalog", "1. Sundhedsforhold",
                "10. Socialt netværk", "Ressource: ", "Risiko: ");
    }

    @Test
    void textIsEnglishWithLangEn() {
        CliRun run = CliRun.ics("focus-areas", "--birth-date", "2019-11-30", "--on", "2026-11-24", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Age group: 6-9 years (AAR_6_9)", "1. Health", "Resource: ", "Risk: ")
                .doesNotContain("Ressource");
    }

    @Test
    void jsonHasTheAgeGroupAndTenDimensionsWithStatementsInBothLanguages() {
        CliRun run = CliRun.ics("focus-areas", "--birth-date", "2019-11-30", "--on", "2026-11-24",
                "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.at("/age/years").asInt()).isEqualTo(6);
        assertThat(root.at("/age/months").asInt()).isEqualTo(11);
        assertThat(root.at("/ageGroup/code").asString()).isEqualTo("AAR_6_9");
        assertThat(root.at("/ageGroup/label/en").asString()).isEqualTo("6-9 years");
        assertThat(root.at("/catalogue/illustrative").asBoolean()).isTrue();
        JsonNode dimensions = root.get("dimensions");
        assertThat(dimensions).hasSize(10);
        assertThat(dimensions.get(0).get("code").asString()).isEqualTo("SUNDHEDSFORHOLD");
        for (JsonNode d : dimensions) {
            assertThat(d.get("statements").valueStream().map(s -> s.get("kind").asString()))
                    .as(d.get("code").asString()).contains("RESOURCE", "RISK");
            assertThat(d.at("/statements/0/text/da").asString()).isNotBlank();
            assertThat(d.at("/statements/0/text/en").asString()).isNotBlank();
        }
    }

    @Test
    void aBirthDateAfterTheDateIsAnUnbornChild() {
        CliRun run = CliRun.ics("focus-areas", "--birth-date", "2027-02-01", "--on", "2026-11-24",
                "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.at("/ageGroup/kind").asString()).isEqualTo("UNBORN");
        assertThat(root.has("age")).isFalse();
    }

    @Test
    void aYoungAdultPastTheLastAgeGroupHasNoFocusAreasAndThatIsNoError() {
        CliRun run = CliRun.ics("focus-areas", "--birth-date", "1990-01-01", "--on", "2026-11-24");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ældre end den sidste aldersgruppe");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aCatalogueFileReplacesTheBuiltInOne() {
        Path file = Path.of("src/test/resources/focus/kommune-katalog.json");

        CliRun run = CliRun.ics("focus-areas", "--birth-date", "2019-11-30", "--on", "2026-11-24",
                "--catalogue", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Katalog: Eksempelkommunens fokusområder, version 2025-1",
                "Risiko: Barnet kommer ofte for sent i skole.", "(ingen udsagn i kataloget)")
                .doesNotContain("illustrativt katalog skrevet af ics-java");
    }

    @Test
    void theBirthDateCanComeFromTheChildOfACaseFile() {
        CliRun run = CliRun.ics("focus-areas", "--case", "data/cases/sag-bl-underretning.json", "--on", "2026-11-24",
                "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("birthDate").asString()).isEqualTo("2019-11-30");
        assertThat(root.at("/ageGroup/code").asString()).isEqualTo("AAR_6_9");
    }

    @Test
    void aCaseWhoseChildHasNoBirthDateIsBadInputAtTheChild() {
        CliRun run = CliRun.ics("focus-areas", "--case", "src/test/resources/cases/child-without-birth-date.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ics: ").contains("child-without-birth-date.json at /child").doesNotContain("barn-");
    }

    @Test
    void aBirthDateAndACaseTogetherAreBadInput() {
        CliRun run = CliRun.ics("focus-areas", "--birth-date", "2019-11-30",
                "--case", "data/cases/sag-bl-underretning.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("mutually exclusive");
    }

    @Test
    void anImpossibleBirthDateIsBadInputWithoutEchoingIt() {
        CliRun run = CliRun.ics("focus-areas", "--birth-date", "2019-13-45");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ics: ").contains("--birth-date", "YYYY-MM-DD").doesNotContain("2019-13-45");
    }

    @Test
    void aMissingBirthDateIsBadInput() {
        CliRun run = CliRun.ics("focus-areas");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("--birth-date");
    }

    @Test
    void aMissingCatalogueFileIsBadInput() {
        CliRun run = CliRun.ics("focus-areas", "--birth-date", "2019-11-30", "--catalogue", "nope.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("nope.json");
    }
}
