package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Language;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void danishAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(keys("texts_da.properties")).isEqualTo(keys("texts_en.properties"));
    }

    @Test
    void placeholdersAreFilledInOnePass() {
        assertThat(Texts.of(Language.EN).get("demo.done", "/tmp/{1}")).isEqualTo(
                "Done. The results are in the folder: /tmp/{1}");
    }

    @Test
    void aMissingKeyIsABugNamedByItsKey() {
        assertThatThrownBy(() -> Texts.of(Language.DA).get("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.key");
    }

    private static java.util.Set<Object> keys(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }
}
