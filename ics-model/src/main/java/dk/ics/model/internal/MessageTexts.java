package dk.ics.model.internal;

import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A module's message texts in Danish and English, loaded once from {@code NAME_da.properties} and
 * {@code NAME.properties} (English) and pre-parsed, so rendering a message costs no bundle look-up and no pattern
 * parsing. Placeholders are {@code {0}}, {@code {1}} …; there is no other syntax (no quoting rules, no number
 * formats), so Danish apostrophes need no escaping. Immutable and thread-safe.
 */
public final class MessageTexts {

    private final Map<String, Pattern> da;
    private final Map<String, Pattern> en;

    private MessageTexts(Map<String, Pattern> da, Map<String, Pattern> en) {
        this.da = da;
        this.en = en;
    }

    /**
     * Loads the texts.
     *
     * @param baseName the resource path without suffix, e.g. {@code /dk/ics/templates/internal/messages}
     * @param opener   opens a resource by path; pass {@code MyClass.class::getResourceAsStream} from the owning
     *                 module so the module's own resources are read on the module path too
     * @throws IllegalStateException when a file is missing, unreadable, or the two languages have different keys
     */
    public static MessageTexts load(String baseName, Function<String, InputStream> opener) {
        Map<String, Pattern> en = read(baseName + ".properties", opener);
        Map<String, Pattern> da = read(baseName + "_da.properties", opener);
        if (!en.keySet().equals(da.keySet())) {
            Set<String> diff = new TreeSet<>(en.keySet());
            diff.addAll(da.keySet());
            Set<String> both = new TreeSet<>(en.keySet());
            both.retainAll(da.keySet());
            diff.removeAll(both);
            throw new IllegalStateException("message keys differ between Danish and English in " + baseName + ": "
                    + diff);
        }
        return new MessageTexts(Map.copyOf(da), Map.copyOf(en));
    }

    /** Whether a key exists. */
    public boolean has(String key) {
        return en.containsKey(key);
    }

    /** The keys. */
    public Set<String> keys() {
        return en.keySet();
    }

    /**
     * Renders a message in both languages.
     *
     * @throws IllegalArgumentException for an unknown key (a programming error)
     */
    public LocalizedText render(String key, List<String> args) {
        Pattern pd = da.get(key);
        Pattern pe = en.get(key);
        if (pd == null || pe == null) {
            throw new IllegalArgumentException("no message text for key " + key);
        }
        return new LocalizedText(pd.format(args), pe.format(args));
    }

    /** Renders a message in both languages. */
    public LocalizedText render(String key, String... args) {
        return render(key, List.of(args));
    }

    /**
     * Renders a message in both languages from arguments shown differently in each (labels rather than codes, see
     * {@link CodeLabels}).
     *
     * @throws IllegalArgumentException for an unknown key (a programming error)
     */
    public LocalizedText renderShown(String key, List<LocalizedText> shown) {
        Pattern pd = da.get(key);
        Pattern pe = en.get(key);
        if (pd == null || pe == null) {
            throw new IllegalArgumentException("no message text for key " + key);
        }
        return new LocalizedText(pd.format(shown.stream().map(LocalizedText::da).toList()),
                pe.format(shown.stream().map(t -> t.in(Language.EN)).toList()));
    }

    /**
     * These texts with some replaced: a vendor's own wording for some keys, in Danish, English or both. A key given
     * in one language only keeps the built-in text in the other.
     *
     * @param daTexts the Danish texts to use instead, by key
     * @param enTexts the English texts to use instead, by key
     * @return the texts with the replacements
     * @throws IllegalArgumentException naming the first key that is not one of these texts' keys
     */
    public MessageTexts withOverrides(Map<String, String> daTexts, Map<String, String> enTexts) {
        Map<String, Pattern> nd = new HashMap<>(da);
        Map<String, Pattern> ne = new HashMap<>(en);
        for (Map.Entry<String, String> e : new TreeMap<>(daTexts).entrySet()) {
            nd.put(known(e.getKey()), Pattern.parse(Objects.requireNonNull(e.getValue(), e.getKey())));
        }
        for (Map.Entry<String, String> e : new TreeMap<>(enTexts).entrySet()) {
            ne.put(known(e.getKey()), Pattern.parse(Objects.requireNonNull(e.getValue(), e.getKey())));
        }
        return new MessageTexts(Map.copyOf(nd), Map.copyOf(ne));
    }

    private String known(String key) {
        if (!en.containsKey(key)) {
            throw new IllegalArgumentException(key);
        }
        return key;
    }

    private static Map<String, Pattern> read(String path, Function<String, InputStream> opener) {
        Properties p = new Properties();
        try (InputStream in = opener.apply(path)) {
            if (in == null) {
                throw new IllegalStateException("message file missing: " + path);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException("message file unreadable: " + path, e);
        }
        Map<String, Pattern> out = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            out.put(k, Pattern.parse(p.getProperty(k)));
        }
        return out;
    }

    /** A pre-parsed message: literal parts with argument indexes between them. */
    private record Pattern(List<String> literals, int[] indexes) {

        static Pattern parse(String text) {
            List<String> literals = new ArrayList<>();
            List<Integer> idx = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int close = c == '{' ? text.indexOf('}', i) : -1;
                if (close > i + 1 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                    literals.add(cur.toString());
                    cur.setLength(0);
                    idx.add(Integer.parseInt(text.substring(i + 1, close)));
                    i = close + 1;
                } else {
                    cur.append(c);
                    i++;
                }
            }
            literals.add(cur.toString());
            return new Pattern(List.copyOf(literals), idx.stream().mapToInt(Integer::intValue).toArray());
        }

        String format(List<String> args) {
            StringBuilder sb = new StringBuilder(literals.get(0));
            for (int k = 0; k < indexes.length; k++) {
                int a = indexes[k];
                sb.append(a < args.size() ? args.get(a) : "{" + a + "}");
                sb.append(literals.get(k + 1));
            }
            return sb.toString();
        }
    }
}
