package dk.ics.examples.canary;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Everything the library lets out besides its intended output, collected as text to search for canaries: exception
 * messages and full stack traces (causes and suppressed included), and the {@code toString()} of every object an
 * operation returns and of every object reachable from it through the library's own no-argument accessors.
 *
 * <p>Accessors that return a {@code String} are not followed: they hand out a value by design (a bound text, a
 * document as JSON) and are the caller's to protect. Every object's own {@code toString()} is checked.
 */
final class Exposure {

    /** Methods that hand out content by design, copy the object, or are not about the object. */
    private static final Set<String> NOT_FOLLOWED = Set.of("hashCode", "toString", "getClass", "iterator", "stream",
            "spliterator", "parallelStream", "toBuilder", "value", "values", "entrySet", "keySet", "notify",
            "notifyAll", "wait", "describeConstable");
    private static final int DEPTH = 3;

    private final List<Exposed> exposed = new ArrayList<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int operations;
    private int failures;

    /** One piece of text that left the library, and where from. */
    record Exposed(String where, String text) {
    }

    /** Runs an operation: its result is inspected, or what it threw. Returns the result, or empty when it failed. */
    <T> Optional<T> run(String what, Supplier<T> operation) {
        operations++;
        try {
            T result = operation.get();
            inspect(what, result);
            return Optional.ofNullable(result);
        } catch (RuntimeException | Error e) {
            failures++;
            thrown(what, e);
            return Optional.empty();
        }
    }

    /** Text that must be free of canaries (a log, CLI output, a rendered message). */
    void text(String where, String text) {
        if (text != null) {
            exposed.add(new Exposed(where, text));
        }
    }

    /** An exception: its message, its {@code toString()} and its stack trace with every cause and suppressed one. */
    void thrown(String where, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace, true));
        text(where + " threw, trace", trace.toString());
        for (Throwable c = t; c != null; c = c.getCause()) {
            text(where + " threw, message", c.getMessage());
            text(where + " threw, localized message", c.getLocalizedMessage());
            inspect(where + " threw " + c.getClass().getSimpleName(), c);
        }
    }

    /** An object: its {@code toString()}, and the objects its no-argument accessors return (a few levels deep). */
    void inspect(String where, Object o) {
        inspect(where, o, DEPTH);
    }

    private void inspect(String where, Object o, int depth) {
        if (o == null || o instanceof String || o instanceof Class<?> || !seen.add(o)) {
            return;
        }
        text(where + ".toString()", String.valueOf(o));
        if (depth == 0) {
            return;
        }
        if (o instanceof Optional<?> opt) {
            opt.ifPresent(v -> inspect(where + ".get()", v, depth - 1));
        } else if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                inspect(where + "[" + i++ + "]", e, depth - 1);
            }
        } else if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                inspect(where + ".key", k, depth - 1);
                inspect(where + "[" + k + "]", v, depth - 1);
            });
        } else if (o.getClass().getName().startsWith("dk.ics.") && !(o instanceof Throwable)) {
            followAccessors(where, o, depth);
        }
    }

    private void followAccessors(String where, Object o, int depth) {
        for (Method m : o.getClass().getMethods()) {
            Class<?> type = m.getReturnType();
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0 || NOT_FOLLOWED.contains(m.getName())
                    || type.isPrimitive() || type == String.class || CharSequence.class.isAssignableFrom(type)
                    || m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Enum.class
                    || m.getDeclaringClass() == Record.class || !m.trySetAccessible()) {
                continue;
            }
            String at = where + "." + m.getName() + "()";
            try {
                inspect(at, m.invoke(o), depth - 1);
            } catch (InvocationTargetException e) {
                thrown(at, e.getCause());
            } catch (IllegalAccessException e) {
                throw new AssertionError("cannot call " + at, e);
            }
        }
    }

    /** How many operations ran, and how many of them failed. */
    int operations() {
        return operations;
    }

    /** How many operations failed. */
    int failures() {
        return failures;
    }

    /** How much text was collected, for a sanity check that the collection works. */
    int pieces() {
        return exposed.size();
    }

    /** The places where one of the canaries appears (case-insensitively), each with a short excerpt. */
    List<String> leaksOf(List<String> canaries) {
        List<String> leaks = new ArrayList<>();
        for (Exposed e : exposed) {
            String lower = e.text().toLowerCase(Locale.ROOT);
            for (String canary : canaries) {
                int at = lower.indexOf(canary.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    int from = Math.max(0, at - 80);
                    int to = Math.min(e.text().length(), at + canary.length() + 40);
                    leaks.add(e.where() + ": ..." + e.text().substring(from, to).replace('\n', ' ') + "...");
                }
            }
        }
        return leaks;
    }
}
