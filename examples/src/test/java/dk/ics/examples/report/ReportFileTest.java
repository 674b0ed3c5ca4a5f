package dk.ics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Language;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeReportAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "old");
        CaseReport report = SampleReports.caseReport(Language.DA);
        report.writeTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.toHtml());
        assertThat(names()).containsExactly("report.html");
    }

    @Test
    void aFailedWriteLeavesNoPartialFileBehind() throws Exception {
        // A non-empty folder where the report should go cannot be replaced: the move fails.
        Path blocked = Files.createDirectory(dir.resolve("barometer.html"));
        Files.writeString(blocked.resolve("keep.txt"), "x");
        BarometerReport report = SampleReports.barometerReport(Language.DA);
        assertThatThrownBy(() -> report.writeTo(blocked)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("barometer.html");
        assertThat(names()).containsExactly("barometer.html");
        assertThat(Files.readString(blocked.resolve("keep.txt"))).isEqualTo("x");
    }

    @Test
    void aMissingFolderIsAnErrorNamingTheFile() {
        Path file = dir.resolve("missing").resolve("report.html");
        assertThatThrownBy(() -> SampleReports.caseReport(Language.EN).writeTo(file))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("report.html");
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    private Stream<String> namesStream() throws Exception {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    private java.util.List<String> names() throws Exception {
        try (Stream<String> s = namesStream()) {
            return s.sorted().toList();
        }
    }
}
