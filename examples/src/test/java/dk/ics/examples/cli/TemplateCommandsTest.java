package dk.ics.examples.cli;

import static dk.ics.examples.cli.CliRun.ics;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.templates.CaseDocument;
import dk.ics.templates.TemplateRegistry;
import dk.ics.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ics templates}, {@code ics template show} and {@code ics template skeleton}. */
class TemplateCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> BUILT_IN = List.of("afdaekning", "barnets-plan", "bfu", "opfoelgning",
            "partner-dagtilbud", "partner-skole", "partner-sundhedspleje", "underretning", "ungeplan");

    @Test
    void templatesListsEveryBuiltInWithVersionTitleAndStepInDanish() {
        CliRun run = ics("templates");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Skabeloner (9)").contains("Id", "Version", "Titel", "Sagstrin");
        assertThat(run.out().lines().filter(l -> l.contains("bfu ")).findFirst()).get().asString()
                .contains("1.0.0", "Børnefaglig undersøgelse");
        assertThat(run.out()).contains("Underretning og vurdering inden for 24 timer", "Udtalelse fra skole");
        for (String id : BUILT_IN) {
            assertThat(run.out()).contains("  " + id + " ");
        }
    }

    @Test
    void templatesSpeakEnglishOnRequest() {
        CliRun run = ics("templates", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Templates (9)").contains("Case step", "Child protection investigation")
                .doesNotContain("Sagstrin");
    }

    @Test
    void templatesAsJsonHaveIdVersionTitlesAndStep() {
        CliRun run = ics("templates", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode list = JSON.readTree(run.out()).get("templates");
        assertThat(list.valueStream().map(t -> t.get("id").asString())).containsExactlyElementsOf(BUILT_IN);
        JsonNode bfu = list.valueStream().filter(t -> t.get("id").asString().equals("bfu")).findFirst().orElseThrow();
        assertThat(bfu.get("version").asString()).isEqualTo("1.0.0");
        assertThat(bfu.at("/title/da").asString()).isEqualTo("Børnefaglig undersøgelse");
        assertThat(bfu.at("/title/en").asString()).isEqualTo("Child protection investigation");
        assertThat(bfu.at("/step/code").asString()).isEqualTo("BOERNEFAGLIG_UNDERSOEGELSE");
        assertThat(bfu.get("derivedFrom").isNull()).isTrue();
    }

    @Test
    void templatesWithAMunicipalityFolderAddTheCustomisedOnes() {
        CliRun run = ics("templates", "--templates", "data/templates", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode list = JSON.readTree(run.out()).get("templates");
        assertThat(list.size()).isEqualTo(12);
        assertThat(list.valueStream().filter(t -> t.get("id").asString().equals("bfu-eksempelkommune")))
                .singleElement().satisfies(t -> assertThat(t.get("derivedFrom").asString()).isEqualTo("bfu@1.0.0"));
    }

    @Test
    void showGivesAHeaderThenTheSchemaWithItsIcsAnnotations() {
        CliRun run = ics("template", "show", "bfu");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Skabelon bfu, version 1.0.0: Børnefaglig undersøgelse");
        assertThat(lines.get(1)).isEqualTo("Sagstrin: Børnefaglig undersøgelse");
        assertThat(lines.get(2)).isEqualTo("JSON Schema:");
        JsonNode schema = JSON.readTree(String.join("\n", lines.subList(3, lines.size())));
        assertThat(schema.get("$id").asString()).isEqualTo("urn:ics:template:bfu:1.0.0");
        assertThat(run.out()).contains("\"x-ics\"", "TRYGT_OMSORGSMILJOE");
    }

    @Test
    void showInEnglishTranslatesTheHeaderAndNamesTheBase() {
        CliRun run = ics("template", "show", "bfu-eksempelkommune", "--templates", "data/templates",
                "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Template bfu-eksempelkommune, version 1.0.0: Child protection "
                + "investigation (Example Municipality)").contains("Case step: Child protection investigation",
                "Derived from: bfu@1.0.0");
    }

    @Test
    void showAsJsonIsTheSchemaAloneWithTheGivenVersion() {
        CliRun run = ics("template", "show", "barnets-plan", "--version", "1.0.0", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode schema = JSON.readTree(run.out());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/x-ics-template/id").asString()).isEqualTo("barnets-plan");
        assertThat(schema.at("/x-ics-template/version").asString()).isEqualTo("1.0.0");
        assertThat(schema.at("/x-ics-template/step").asString()).isEqualTo("BARNETS_PLAN");
    }

    @Test
    void anUnknownTemplateIdIsBadInputNamingTheKnownIds() {
        CliRun run = ics("template", "show", "bfu2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: unknown template id 'bfu2'")
                .contains(String.join(", ", BUILT_IN));
    }

    @Test
    void anUnknownVersionIsBadInputNamingTheKnownVersions() {
        CliRun run = ics("template", "skeleton", "bfu", "--version", "2.0.0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("2.0.0")
                .contains("expected one of: 1.0.0");
    }

    @Test
    void aCprNumberGivenAsTemplateIdIsNotEchoed() {
        CliRun run = ics("template", "show", "010203-1234");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: unknown template id")
                .doesNotContain("010203").doesNotContain("1234");
    }

    @Test
    void theSkeletonIsAnEmptyDraftOnTheTemplateWithoutErrors() {
        for (String id : BUILT_IN) {
            CliRun run = ics("template", "skeleton", id);

            assertThat(run.exitCode()).as(id + ": " + run.err()).isZero();
            JsonNode skeleton = JSON.readTree(run.out());
            assertThat(skeleton.at("/template/id").asString()).isEqualTo(id);
            assertThat(skeleton.at("/template/version").asString()).isEqualTo("1.0.0");
            assertThat(skeleton.get("status").asString()).isEqualTo("DRAFT");
            var findings = TemplateRegistry.builtIn().check(CaseDocument.parse(run.out()));
            assertThat(findings.hasErrors()).as(id).isFalse();
            assertThat(findings.count(Severity.WARNING)).as(id).isPositive();
        }
    }

    @Test
    void theSkeletonIsJsonInEitherFormatAndLanguage() {
        CliRun text = ics("template", "skeleton", "barnets-plan");
        CliRun json = ics("template", "skeleton", "barnets-plan", "--format", "json", "--lang", "en");

        assertThat(json.out()).isEqualTo(text.out());
        assertThat(JSON.readTree(text.out()).get("maal").isArray()).isTrue();
    }

    @Test
    void eachNewCommandHasItsOwnHelp() {
        for (String[] command : List.of(new String[] {"templates"}, new String[] {"template", "show"},
                new String[] {"template", "skeleton"}, new String[] {"template", "check"},
                new String[] {"check"}, new String[] {"validate"})) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun run = ics(args);

            assertThat(run.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(run.out()).contains("Usage: ics " + String.join(" ", command), "--format", "--lang");
        }
    }
}
