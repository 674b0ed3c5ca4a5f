package dk.ics.examples.cli;

import static dk.ics.examples.cli.CliRun.ics;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ics template check}: conformance of a municipality's customised templates. */
class TemplateCheckCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEMPLATES = "data/templates/";
    private static final String CLI = "src/test/resources/cli/";

    @Test
    void theRenamedAndMovedTemplateKeepsTheSystematics() {
        CliRun run = ics("template", "check", TEMPLATES + "bfu-eksempelkommune.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(TEMPLATES + "bfu-eksempelkommune.json (bfu-eksempelkommune@1.0.0 → "
                + "bfu@1.0.0): ingen fund" + System.lineSeparator()
                + "I alt – tilpassede skabeloner: 1, holder ikke ICS-systematikken: 0" + System.lineSeparator());
    }

    @Test
    void aTemplateWithoutResourcesOnHealthFailsNamingTheRoleAndPlace() {
        CliRun run = ics("template", "check", TEMPLATES + "bfu-uden-ressourcer-helbred.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("fejl: 1, advarsler: 0", "ERROR TPL-CONF-MISSING-ROLE "
                + "/beskrivelse/barnetsUdvikling/sundhedsforhold/ressourcer: Grundskabelonen bfu@1.0.0 har et felt "
                + "til ressourcerne (Sundhedsforhold); det mangler her");
    }

    @Test
    void aFolderIsCheckedFileByFileAndFailsWhenOneFails() {
        CliRun run = ics("template", "check", "data/templates", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("errors").asBoolean()).isTrue();
        JsonNode list = root.get("templates");
        assertThat(list.valueStream().map(t -> t.at("/template/id").asString()))
                .containsExactly("bfu-eksempelkommune", "bfu-uden-bolig", "bfu-uden-ressourcer-helbred");
        assertThat(list.valueStream().map(t -> t.get("conforms").asBoolean())).containsExactly(true, false, false);
        JsonNode withoutHousing = list.get(1);
        assertThat(withoutHousing.get("base").asString()).isEqualTo("bfu@1.0.0");
        assertThat(withoutHousing.at("/counts/ERROR").asInt()).isEqualTo(8);
        assertThat(withoutHousing.get("findings").valueStream().map(f -> f.get("code").asString()))
                .containsOnly("TPL-CONF-MISSING-ROLE");
        assertThat(withoutHousing.get("findings").valueStream().map(f -> f.get("pointer").asString()))
                .allMatch(p -> p.startsWith("/beskrivelse/familieOgNetvaerk/boligBeskaeftigelseOgOekonomi"));
        assertThat(withoutHousing.at("/findings/0/arguments").valueStream().map(JsonNode::asString))
                .contains("DIMENSION");
        assertThat(withoutHousing.at("/findings/0/message/en").asString())
                .contains("(Housing, employment and finances)");
    }

    @Test
    void theFindingsSpeakEnglishOnRequest() {
        CliRun run = ics("template", "check", TEMPLATES + "bfu-uden-ressourcer-helbred.json", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("errors: 1, warnings: 0",
                "In all – customised templates: 1, not keeping the ICS systematics: 1")
                .doesNotContain("Grundskabelonen").doesNotContain("fejl");
    }

    @Test
    void aGivenBaseIsUsedInsteadOfDerivedFrom() {
        CliRun run = ics("template", "check", TEMPLATES + "bfu-eksempelkommune.json", "--base", "barnets-plan",
                "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode t = JSON.readTree(run.out()).at("/templates/0");
        assertThat(t.get("base").asString()).isEqualTo("barnets-plan@1.0.0");
        assertThat(t.get("findings").valueStream().map(f -> f.get("code").asString()))
                .contains("TPL-CONF-MISSING-ROLE");
    }

    @Test
    void anUnknownBaseIsBadInputNamingTheKnownIds() {
        CliRun run = ics("template", "check", TEMPLATES + "bfu-eksempelkommune.json", "--base", "bfu9");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: unknown template id 'bfu9'")
                .contains("barnets-plan", "ungeplan");
    }

    @Test
    void aCopyOfABuiltInTemplateIsBadInputNamingTheDuplicateId() {
        String file = "../ics-templates/src/main/resources/dk/ics/templates/builtin/bfu.json";
        CliRun run = ics("template", "check", file);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: " + file + " at /$id: ")
                .contains("urn:ics:template:bfu:1.0.0 is already defined");
    }

    @Test
    void anUnknownBaseInDerivedFromIsBadInputPointingAtIt() {
        CliRun run = ics("template", "check", CLI + "template-unknown-base.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: " + CLI + "template-unknown-base.json"
                + " at /x-ics-template/derivedFrom/id: unknown template id 'bfu-findes-ikke'; expected one of: ")
                .contains("bfu, ");
    }

    @Test
    void aTemplateWithoutBaseNeedsOneFromTheCommandLine() {
        CliRun without = ics("template", "check", CLI + "template-without-base.json");
        CliRun with = ics("template", "check", CLI + "template-without-base.json", "--base", "bfu@1.0.0");

        assertThat(without.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(without.errLines()).singleElement().asString().isEqualTo("ics: " + CLI
                + "template-without-base.json at /x-ics-template/derivedFrom: the template names no base to check "
                + "against; name one in derivedFrom or with --base");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out()).contains("(bfu-eksempelkommune@1.0.0 → bfu@1.0.0): ingen fund");
    }

    @Test
    void malformedJsonIsBadInputWithFileLineAndColumn() {
        CliRun run = ics("template", "check", CLI + "template-malformed.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ics: " + CLI + "template-malformed.json:5:1").contains("not well-formed JSON");
    }

    @Test
    void aMissingFileAndAFolderWithoutTemplatesAreBadInputNamingThem() {
        CliRun missing = ics("template", "check", TEMPLATES + "findes-ikke.json");
        CliRun empty = ics("template", "check", CLI + "empty-folder");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.errLines()).singleElement().asString().isEqualTo(
                "ics: " + TEMPLATES + "findes-ikke.json: no such file or folder");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.errLines()).singleElement().asString().isEqualTo(
                "ics: " + CLI + "empty-folder: the folder has no .json, .yaml, .yml files");
    }
}
