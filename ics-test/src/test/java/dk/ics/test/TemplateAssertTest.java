package dk.ics.test;

import static dk.ics.test.IcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Language;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.Role;
import dk.ics.templates.TemplateRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemplateAssertTest {

    private static final TemplateRegistry REGISTRY = TemplateRegistry.builder().addBuiltIns()
            .addFolder(Path.of("../examples/data/templates")).build();

    @Test
    void aConformingCustomisationPasses() {
        assertThat(REGISTRY.latest("bfu-eksempelkommune")).conformsToItsBaseIn(REGISTRY)
                .conformsTo(REGISTRY.latest("bfu")).hasPlaceFor(Role.CHILD_PERSPECTIVE)
                .hasPlaceFor(Role.DIMENSION_RESOURCES, Dimension.SUNDHEDSFORHOLD);
    }

    @Test
    void aCustomisationWithoutADimensionFailsShowingTheFindings() {
        assertThatThrownBy(() -> assertThat(REGISTRY.latest("bfu-uden-bolig")).conformsToItsBaseIn(REGISTRY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting template bfu-uden-bolig@")
                .hasMessageContaining("to conform to bfu@1.0.0, but:")
                .hasMessageContaining("ERROR    | TPL-CONF-MISSING-ROLE | /beskrivelse/familieOgNetvaerk/boligBeskaeftigelseOgOekonomi");
        assertThat(REGISTRY.latest("bfu-uden-bolig")).conformanceTo(REGISTRY.latest("bfu"))
                .hasFindingWithCode("TPL-CONF-MISSING-ROLE")
                .withMessageContaining("the resources (Housing, employment and finances)", Language.EN);
    }

    @Test
    void aMissingPlaceFails() {
        assertThatThrownBy(() -> assertThat(REGISTRY.latest("bfu-uden-ressourcer-helbred"))
                .hasPlaceFor(Role.DIMENSION_RESOURCES, Dimension.SUNDHEDSFORHOLD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a place for DIMENSION_RESOURCES on SUNDHEDSFORHOLD");
        assertThatThrownBy(() -> assertThat(REGISTRY.latest("underretning")).hasPlaceFor(Role.GOALS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to have a place for GOALS");
        assertThatThrownBy(() -> assertThat(REGISTRY.latest("bfu")).conformsToItsBaseIn(REGISTRY))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to name its base in derivedFrom");
    }

    @Test
    void aTemplateDoesNotConformToAnotherKindOfTemplate() {
        assertThatThrownBy(() -> assertThat(REGISTRY.latest("barnets-plan")).conformsTo(REGISTRY.latest("bfu")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting template barnets-plan@1.0.0 to conform to bfu@1.0.0, but:")
                .hasMessageContaining("TPL-CONF-MISSING-ROLE");
    }
}
