package dk.ics.examples.cli;

import dk.ics.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's own texts (headings, the demo's narration) in Danish and English, from
 * {@code texts_da.properties} and {@code texts_en.properties}, with {@code {0}}-style placeholders. Immutable and
 * thread-safe; loaded once.
 */
public final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<Language, Texts> BY_LANGUAGE = load();

    private final Properties properties;

    private Texts(Properties properties) {
        this.properties = properties;
    }

    /** The texts in the given language. */
    public static Texts of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /**
     * The text with the given key, its placeholders {@code {0}}, {@code {1}}, … replaced by the arguments.
     *
     * @throws IllegalArgumentException when the key is missing, which is a bug in the command line
     */
    public String get(String key, Object... arguments) {
        String text = properties.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no command-line text " + key);
        }
        // One pass, so an argument that itself looks like a placeholder is left as it is.
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String value = i < arguments.length ? String.valueOf(arguments[i]) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        return m.appendTail(sb).toString();
    }

    private static Map<Language, Texts> load() {
        Map<Language, Texts> m = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "texts_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                m.put(language, new Texts(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(m);
    }
}
