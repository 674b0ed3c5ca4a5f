package dk.ics.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs headless Chromium for the browser test: closed off from the network (every host name resolves to nothing),
 * a fresh profile per run, every run bounded by a timeout and killed with its child processes when it overruns.
 */
final class Chromium {

    /** Where Debian's {@code chromium} package puts the browser; {@code ICS_CHROMIUM}, when set, names the only one. */
    static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path work;

    private Chromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** The installed browser, when there is one. */
    static Optional<Path> find() {
        String named = System.getenv("ICS_CHROMIUM");
        List<String> all = named != null && !named.isBlank() ? List.of(named) : CANDIDATES;
        return all.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Chromium at(Path executable, Path work) {
        return new Chromium(executable, work);
    }

    /** What one run printed and how it ended. */
    record Run(int exitCode, String stdout, String stderr) {
    }

    /** The browser's version line, or empty when it does not start or is not Chromium. */
    Optional<String> version() throws IOException, InterruptedException {
        Run r = run("version", List.of("--version"));
        String line = r.stdout().trim();
        return r.exitCode() == 0 && line.contains("Chrom") ? Optional.of(line) : Optional.empty();
    }

    /** Opens a page headless with the network closed and the given extra arguments. */
    Run open(String name, Path page, List<String> extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile-" + name + "-");
        List<String> args = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
                // A container's small /dev/shm can crash the renderer; a temp folder is used instead.
                "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile));
        args.addAll(extra);
        args.add(page.toUri().toString());
        return run(name, args);
    }

    private Run run(String name, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        Path out = work.resolve(name + ".stdout");
        Path err = work.resolve(name + ".stderr");
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new IOException("chromium (" + name + ") did not finish within " + TIMEOUT_SECONDS + " s");
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
