package dk.ics.examples.report;

import dk.ics.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample reports to {@code target/report-preview} for a person to open. */
final class PreviewWriter {

    static final Path FOLDER = Path.of("target", "report-preview");

    private PreviewWriter() {
    }

    static Path write(String name, String html) throws java.io.IOException {
        Files.createDirectories(FOLDER);
        Path file = FOLDER.resolve(name);
        Files.writeString(file, html);
        return file;
    }

    public static void main(String[] args) throws Exception {
        for (Language l : Language.values()) {
            String tag = l.name().toLowerCase(java.util.Locale.ROOT);
            write("case-" + tag + ".html", SampleReports.caseReport(l).toHtml());
            write("barometer-" + tag + ".html", SampleReports.barometerReport(l).toHtml());
            write("triangle-" + tag + ".svg", SampleReports.caseReport(l).triangleSvg());
            write("timeline-" + tag + ".svg", SampleReports.caseReport(l).timelineSvg());
            write("radar-" + tag + ".svg", SampleReports.barometerReport(l).radarSvg());
        }
    }
}
