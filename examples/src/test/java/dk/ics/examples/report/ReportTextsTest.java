package dk.ics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportTextsTest {

    @Test
    void danishAndEnglishHaveTheSameKeysAndNoEmptyText() throws Exception {
        Properties en = load("report-texts.properties");
        Properties da = load("report-texts_da.properties");
        assertThat(da.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(da.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReportTextsTest.class.getResourceAsStream("/dk/ics/examples/report/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
