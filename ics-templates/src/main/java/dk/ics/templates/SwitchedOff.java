package dk.ics.templates;

import dk.ics.model.Finding;
import dk.ics.model.Severity;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.internal.Fields;
import dk.ics.templates.internal.Messages;
import dk.ics.templates.internal.Pointers.Hit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports content on a dimension that is not in focus: when {@code DIMENSION_IN_FOCUS} is {@code false}, a
 * description, resources or challenges on the same dimension are an ERROR ({@code TPL-SWITCHED-OFF}).
 */
final class SwitchedOff {

    private static final List<Role> SWITCHED = List.of(Role.DIMENSION_DESCRIPTION, Role.DIMENSION_RESOURCES,
            Role.DIMENSION_CHALLENGES);

    private SwitchedOff() {
    }

    static List<Finding> findings(BoundDocument bound, String basis) {
        Template template = bound.template();
        List<Finding> out = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            boolean off = bound.inFocus(d).map(b -> !b.value()).orElse(false);
            if (!off) {
                continue;
            }
            for (Role r : SWITCHED) {
                for (Hit h : bound.hits(template.semanticMap().entries(r, d))) {
                    if (hasContent(h)) {
                        out.add(Messages.finding("TPL-SWITCHED-OFF", Severity.ERROR, h.pointer(), "tpl.switchedOff",
                                List.of(d.code(), r.code()), List.of(d.label(), Fields.roleLabel(r)), basis));
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasContent(Hit h) {
        if (h.node().isString()) {
            return !h.node().asString().isBlank();
        }
        if (h.node().isArray() || h.node().isObject()) {
            return !h.node().isEmpty();
        }
        return !h.node().isNull();
    }
}
