package dk.ics.model.funnel;

import dk.ics.model.internal.ReferenceData;
import dk.ics.model.triangle.Dimension;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks and copies shared by the funnel's records. */
final class FunnelChecks {

    private FunnelChecks() {
    }

    static Set<Dimension> dimensions(Set<Dimension> dims, String pointer) {
        ReferenceData.require(dims != null && !dims.isEmpty() && dims.stream().noneMatch(Objects::isNull), pointer,
                "expected at least one dimension of the triangle");
        return Collections.unmodifiableSet(EnumSet.copyOf(dims));
    }

    static String text(String s, String pointer) {
        ReferenceData.require(s != null && !s.isBlank(), pointer, "expected a non-blank text");
        return s;
    }

    static String id(String s, String pointer) {
        ReferenceData.require(s != null && s.matches("[A-Za-z0-9_.\\-]{1,64}"), pointer,
                "expected an id of letters, digits, '_', '.' or '-', at most 64 characters");
        return s;
    }

    static List<String> texts(List<String> l, String pointer) {
        if (l == null) {
            return List.of();
        }
        for (int i = 0; i < l.size(); i++) {
            text(l.get(i), pointer + "/" + i);
        }
        return List.copyOf(l);
    }
}
