package dk.ics.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Language;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens both reports in a real browser (headless Chromium, network closed) and checks that the page rendered: a
 * screenshot that is not blank (kept under {@code target/report-screenshots/}), every chart with a size on the page,
 * no resource requested, no network error, no console message, and a PDF print of a sensible number of A4 pages.
 * When Chromium is missing or cannot start the test is skipped, and says so loudly.
 */
class BrowserRenderingTest {

    static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    /** Test-only instrumentation: measures the charts and lists requested resources into the DOM. */
    private static final String MEASURE = "<script>window.__icsErrors=[];"
            + "window.addEventListener('error',function(e){window.__icsErrors.push(String(e.message));});"
            + "window.addEventListener('load',function(){var lines=[];"
            + "document.querySelectorAll('svg.chart').forEach(function(s){var r=s.getBoundingClientRect();"
            + "lines.push('svg|'+s.getAttribute('class')+'|'+Math.round(r.width)+'|'+Math.round(r.height));});"
            + "performance.getEntriesByType('resource').forEach(function(e){lines.push('resource|'+e.name);});"
            + "window.__icsErrors.forEach(function(m){lines.push('error|'+m);});"
            + "var pre=document.createElement('pre');pre.id='ics-measure';pre.textContent=lines.join('\\n');"
            + "document.body.appendChild(pre);});</script>";
    private static final Pattern MEASURED = Pattern.compile("<pre id=\"ics-measure\">(.*?)</pre>", Pattern.DOTALL);

    private static Chromium chromium;
    private static String skipped;

    @TempDir
    static Path work;

    @BeforeAll
    static void findChromium() {
        Optional<Path> exe = Chromium.find();
        if (exe.isEmpty()) {
            skipLoudly("Chromium was not found at " + Chromium.CANDIDATES + " (or $ICS_CHROMIUM); install Debian's "
                    + "'chromium' package");
            return;
        }
        Chromium c = Chromium.at(exe.get(), work);
        try {
            if (c.version().isEmpty()) {
                skipLoudly("the program at " + exe.get() + " does not start as Chromium (--version failed)");
                return;
            }
        } catch (Exception e) {
            skipLoudly("Chromium at " + exe.get() + " cannot start: " + e.getMessage());
            return;
        }
        chromium = c;
    }

    @BeforeEach
    void requireChromium() {
        Assumptions.assumeTrue(skipped == null, () -> "SKIPPED real-browser test: " + skipped);
    }

    private static void skipLoudly(String why) {
        skipped = why;
        System.err.println("\n"
                + "#####################################################################\n"
                + "##  SKIPPED: the real-browser test of the HTML reports did not run  ##\n"
                + "#####################################################################\n"
                + "##  " + why + "\n"
                + "#####################################################################\n");
    }

    @Test
    void caseReportRendersInChromium() throws Exception {
        check("case-report", SampleReports.caseReport(Language.DA).toHtml(), List.of("triangle", "timeline"), 2, 6);
    }

    @Test
    void barometerReportRendersInChromium() throws Exception {
        check("barometer-report", SampleReports.barometerReport(Language.DA).toHtml(), List.of("radar", "role-bars"),
                2, 6);
    }

    @Test
    void aPageThatReachesForTheNetworkIsCaught() {
        // The checks above must be able to fail: the same report with one remote image does.
        String html = SampleReports.caseReport(Language.EN).toHtml()
                .replace("<body>", "<body><img src=\"https://example.invalid/logo.png\" alt=\"\"/>");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> checkLayoutAndNetwork("reaching-out", html, List.of("triangle", "timeline")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("example.invalid");
    }

    private void check(String name, String html, List<String> charts, int minPages, int maxPages) throws Exception {
        Path page = work.resolve(name + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);

        Path shot = work.resolve(name + ".png");
        Chromium.Run screenshot = chromium.open(name + "-shot", page,
                List.of("--screenshot=" + shot, "--window-size=1240,1754"));
        assertThat(shot).as("screenshot written (exit %s)", screenshot.exitCode()).exists();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        assertNotBlank(ImageIO.read(shot.toFile()));
        assertQuiet(screenshot);
        checkLayoutAndNetwork(name, html, charts);

        Path pdf = work.resolve(name + ".pdf");
        Chromium.Run print = chromium.open(name + "-pdf", page, List.of("--print-to-pdf=" + pdf,
                "--no-pdf-header-footer"));
        assertThat(pdf).exists();
        int pages = pageCount(Files.readAllBytes(pdf));
        assertThat(pages).as("A4 pages printed").isBetween(minPages, maxPages);
        assertQuiet(print);
    }

    /** Every chart has a size on the page; nothing was requested; no script error or console message. */
    private void checkLayoutAndNetwork(String name, String html, List<String> charts) throws Exception {
        Path measured = work.resolve(name + "-measured.html");
        Files.writeString(measured, html.replace("<head>", "<head>" + MEASURE), StandardCharsets.UTF_8);
        Chromium.Run dom = chromium.open(name + "-dom", measured,
                List.of("--dump-dom", "--virtual-time-budget=5000", "--window-size=1240,1754"));
        Matcher m = MEASURED.matcher(dom.stdout());
        assertThat(m.find()).as("the measuring script ran; stderr: %s", dom.stderr()).isTrue();
        List<String> lines = m.group(1).lines().filter(l -> !l.isBlank()).toList();
        List<String> sized = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\\|");
            if (f[0].equals("svg")) {
                assertThat(Integer.parseInt(f[2])).as("width of %s", f[1]).isGreaterThan(300);
                assertThat(Integer.parseInt(f[3])).as("height of %s", f[1]).isGreaterThan(100);
                sized.add(f[1]);
            }
        }
        assertThat(sized).hasSize(charts.size());
        for (String chart : charts) {
            assertThat(sized).anyMatch(s -> s.contains(chart));
        }
        assertThat(lines).as("resources requested or script errors").allMatch(l -> l.startsWith("svg|"));
        assertQuiet(dom);
    }

    /** No console message and no network error in the browser's log. */
    private static void assertQuiet(Chromium.Run run) {
        for (String line : run.stderr().lines().toList()) {
            assertThat(line).as("browser log").doesNotContain(":CONSOLE").doesNotContain("net::ERR_")
                    .doesNotContain("Uncaught");
        }
    }

    /** The screenshot has content: enough variation and enough pixels that are not the background. */
    private static void assertNotBlank(BufferedImage image) {
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1240);
        long n = 0;
        double sum = 0;
        double sumSq = 0;
        int first = image.getRGB(0, 0);
        long different = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y);
                double lum = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
                sum += lum;
                sumSq += lum * lum;
                n++;
                if (rgb != first) {
                    different++;
                }
            }
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        assertThat(variance).as("luminance variance of the screenshot").isGreaterThan(100);
        assertThat((double) different / n).as("share of pixels unlike the corner").isGreaterThan(0.2);
    }

    /** Counts the page objects of a PDF (Chromium writes their dictionaries uncompressed). */
    static int pageCount(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
