package dk.ics.templates;

import dk.ics.model.triangle.Dimension;
import dk.ics.templates.internal.Pointers.Hit;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Conversions from document nodes to {@link Bound} values; a node of the wrong type gives no value. */
final class Values {

    private Values() {
    }

    /** The hit itself, or each element when it is an array. */
    static List<Hit> elements(Hit h) {
        if (!h.node().isArray()) {
            return List.of(h);
        }
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < h.node().size(); i++) {
            out.add(new Hit(h.node().get(i), h.pointer() + "/" + i));
        }
        return out;
    }

    static List<Bound<String>> strings(List<Hit> hits) {
        List<Bound<String>> out = new ArrayList<>();
        for (Hit h : hits) {
            for (Hit x : elements(h)) {
                Bound<String> b = string(x);
                if (b != null) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    static List<Bound<Dimension>> dimensions(List<Hit> hits) {
        List<Bound<Dimension>> out = new ArrayList<>();
        for (Bound<String> s : strings(hits)) {
            for (Dimension d : Dimension.values()) {
                if (d.code().equals(s.value())) {
                    out.add(new Bound<>(d, s.pointer()));
                }
            }
        }
        return out;
    }

    static <T> List<Bound<T>> convert(List<Hit> hits, Function<Hit, Bound<T>> f) {
        List<Bound<T>> out = new ArrayList<>();
        for (Hit h : hits) {
            Bound<T> b = f.apply(h);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    static Bound<String> string(Hit h) {
        return h.node().isString() ? new Bound<>(h.node().asString(), h.pointer()) : null;
    }

    static Bound<Boolean> bool(Hit h) {
        return h.node().isBoolean() ? new Bound<>(h.node().booleanValue(), h.pointer()) : null;
    }

    static Bound<LocalDate> date(Hit h) {
        if (!h.node().isString()) {
            return null;
        }
        try {
            return new Bound<>(LocalDate.parse(h.node().asString()), h.pointer());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Bound<OffsetDateTime> dateTime(Hit h) {
        if (!h.node().isString()) {
            return null;
        }
        try {
            return new Bound<>(OffsetDateTime.parse(h.node().asString()), h.pointer());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
