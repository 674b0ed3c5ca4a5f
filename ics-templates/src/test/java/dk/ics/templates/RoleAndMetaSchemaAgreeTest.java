package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.casework.CaseStep;
import dk.ics.model.internal.JsonSupport;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RoleAndMetaSchemaAgreeTest {

    private static JsonNode meta;

    @BeforeAll
    static void readMetaSchema() throws IOException {
        try (InputStream in = Role.class.getResourceAsStream("/dk/ics/templates/internal/template.schema.json")) {
            meta = JsonSupport.mapper().readTree(in);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void metaSchemaListsExactlyTheRolesOfTheEnumInOrder() {
        assertThat(texts(meta.at("/$defs/role/enum"))).isEqualTo(names(Role.class));
    }

    @Test
    void metaSchemaListsExactlyTheDimensionsSidesAndSteps() {
        assertThat(texts(meta.at("/$defs/dimension/enum"))).isEqualTo(names(Dimension.class));
        assertThat(texts(meta.at("/$defs/side/enum"))).isEqualTo(names(Side.class));
        assertThat(texts(meta.at("/$defs/header/properties/step/enum"))).isEqualTo(names(CaseStep.class));
    }

    @Test
    void metaSchemaAllowsADimensionExactlyOnTheRolesThatNeedOne() {
        List<String> dimensionRoles = Arrays.stream(Role.values()).filter(Role::needsDimension).map(Role::name)
                .toList();
        assertThat(texts(meta.at("/$defs/annotation/allOf/1/if/properties/role/enum"))).isEqualTo(dimensionRoles);
    }

    @Test
    void metaSchemaRequiresASideExactlyOnTheRolesThatNeedOne() {
        List<String> sideRoles = Arrays.stream(Role.values()).filter(Role::needsSide).map(Role::name).toList();
        assertThat(List.of(meta.at("/$defs/annotation/allOf/0/if/properties/role/const").asString()))
                .isEqualTo(sideRoles);
    }

    @Test
    void everyContainerIsAnObjectRoleAndEveryCodeRoleHasCodes() {
        for (Role r : Role.values()) {
            r.container().ifPresent(c -> assertThat(c.kind()).as(r.name())
                    .isIn(ValueKind.OBJECT, ValueKind.OBJECT_LIST));
            boolean codeKind = r.kind() == ValueKind.CODE || r.kind() == ValueKind.CODE_LIST;
            assertThat(!r.codes().isEmpty()).as(r.name()).isEqualTo(codeKind);
            assertThat(r.cardinality()).isEqualTo(r.kind().cardinality());
        }
    }
}
