package dk.ics.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.internal.JsonSupport;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.node.ObjectNode;

class PointersProperties {

    @Property
    void anEscapedNameIsOneSegmentThatReadsBack(@ForAll String name) {
        assertThat(Pointers.segments("/" + Pointers.escape(name))).containsExactly(name);
    }

    @Property
    void aPatternWithoutStarsFindsWhatJacksonFinds(@ForAll String a, @ForAll String b) {
        ObjectNode root = JsonSupport.mapper().createObjectNode();
        root.putObject(a).put(b, 1);
        String pointer = "/" + Pointers.escape(a) + "/" + Pointers.escape(b);
        List<Pointers.Hit> hits = Pointers.resolve(root, pointer);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.pointer()).isEqualTo(pointer);
            assertThat(h.node()).isSameAs(root.at(pointer));
        });
    }
}
