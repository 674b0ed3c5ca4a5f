package dk.ics.model.triangle;

import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Location;
import java.util.Arrays;

/** Lookup of an enum constant by its code with the library's error. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E lookup(Class<E> type, String code, String kind) {
        if (code != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(code)) {
                    return e;
                }
            }
        }
        throw new IcsUnknownCodeException(Location.UNKNOWN, kind, code,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
