package dk.ics.examples.report.internal;

import dk.ics.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The reports' own words (headings, legends, column names) in Danish and English, from the {@code report-texts}
 * properties files (UTF-8), loaded once. Placeholders {@code {0}}, {@code {1}} are replaced literally.
 */
public final class ReportTexts {

    private static final Map<Language, Properties> TEXTS = Map.of(
            Language.EN, load("report-texts.properties"),
            Language.DA, load("report-texts_da.properties"));

    private ReportTexts() {
    }

    /** The text for a key in a language, with its placeholders filled in. */
    public static String get(Language language, String key, Object... arguments) {
        String text = TEXTS.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("missing report text " + key + " for " + language);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** Whether both languages have the key. */
    public static boolean has(String key) {
        return TEXTS.values().stream().allMatch(p -> p.containsKey(key));
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = ReportTexts.class.getResourceAsStream("/dk/ics/examples/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return p;
    }
}
