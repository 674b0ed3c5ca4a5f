package dk.ics.templates;

import static dk.ics.templates.TestTemplates.bytes;
import static dk.ics.templates.TestTemplates.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dk.ics.model.IcsRefusedReferenceException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No reference of any kind in a template makes the library fetch or open anything: every {@code $ref},
 * {@code $dynamicRef}, {@code $schema} and {@code $id} (at the root and nested) that names an {@code http:},
 * {@code https:}, {@code file:} or {@code jar:} URL or a path (inside or outside the template folder) is refused with
 * an {@link IcsRefusedReferenceException} naming the file and the JSON Pointer, whether the template comes as bytes,
 * from a folder as JSON or as YAML. A local HTTP server and a local TLS port, both named by the references, count
 * every request and connection: there are none. The {@code file:}, {@code jar:} and path targets exist, so a refusal
 * is not a missing file.
 */
class NoFetchingTest {

    @TempDir
    static Path dir;
    private static HttpServer http;
    private static ServerSocket tls;
    private static final AtomicInteger HTTP_REQUESTS = new AtomicInteger();
    private static final AtomicInteger TLS_CONNECTIONS = new AtomicInteger();
    private static final String TARGET = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
            + " \"$id\": \"urn:ics:target:1.0.0\", \"$defs\": {\"s\": {\"type\": \"string\"}}, \"type\": \"string\"}";

    @BeforeAll
    static void startServers() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            HTTP_REQUESTS.incrementAndGet();
            byte[] body = bytes(TARGET);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        tls = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!tls.isClosed()) {
                try (Socket s = tls.accept()) {
                    TLS_CONNECTIONS.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "tls-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void stopServersAndCheckTheyWereNeverAsked() throws IOException {
        http.stop(0);
        tls.close();
        assertThat(HTTP_REQUESTS).as("requests to the local HTTP server").hasValue(0);
        assertThat(TLS_CONNECTIONS).as("connections to the local TLS port").hasValue(0);
    }

    /** Every place a template may name another resource, with every kind of place outside the registry. */
    static Stream<Arguments> references() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path target = Files.writeString(outside.resolve("s.json"), TARGET);
        Path jar = outside.resolve("schemas.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("s.json"));
            out.write(bytes(TARGET));
            out.closeEntry();
        }
        List<String> places = List.of(
                "http://127.0.0.1:" + http.getAddress().getPort() + "/s.json",
                "https://127.0.0.1:" + tls.getLocalPort() + "/s.json",
                target.toUri().toString(),
                "jar:" + jar.toUri() + "!/s.json",
                "../outside/s.json",
                target.toString(),
                "sibling.json",
                "//127.0.0.1:" + http.getAddress().getPort() + "/s.json");
        List<Arguments> out = new ArrayList<>();
        for (String place : places) {
            out.add(Arguments.of("$ref", place, template("\"x\": {\"$ref\": \"" + place + "#/$defs/s\"}"),
                    "/properties/x/$ref"));
            out.add(Arguments.of("$dynamicRef", place,
                    template("\"x\": {\"$dynamicRef\": \"" + place + "#/$defs/s\"}"), "/properties/x/$dynamicRef"));
            out.add(Arguments.of("$schema", place, template("").replace(
                    "https://json-schema.org/draft/2020-12/schema", place), "/$schema"));
            out.add(Arguments.of("$id", place, template("").replace("urn:ics:template:t:1.0.0", place), "/$id"));
            out.add(Arguments.of("nested $id", place,
                    template("\"x\": {\"$id\": \"" + place + "\", \"type\": \"string\"}"), "/properties/x/$id"));
            out.add(Arguments.of("nested $schema", place,
                    template("\"x\": {\"$schema\": \"" + place + "\", \"type\": \"string\"}"),
                    "/properties/x/$schema"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} to {1}, as bytes")
    @MethodSource("references")
    void aReferenceInTemplateBytesIsRefused(String keyword, String place, String template, String pointer) {
        assertThatThrownBy(() -> TemplateRegistry.builder().addBuiltIns().add("t.json", bytes(template)).build())
                .isInstanceOfSatisfying(IcsRefusedReferenceException.class, e -> {
                    assertThat(e.location().source()).isEqualTo("t.json");
                    assertThat(e.location().pointer()).isEqualTo(pointer);
                });
    }

    @ParameterizedTest(name = "{0} to {1}, from a folder as JSON and as YAML")
    @MethodSource("references")
    void aReferenceInATemplateFolderIsRefused(String keyword, String place, String template, String pointer)
            throws IOException {
        Path folder = Files.createTempDirectory(dir, "templates");
        Files.writeString(folder.resolve("sibling.json"), TARGET.replace("target", "sibling"));
        Files.writeString(folder.resolve("t.json"), template);
        assertThatThrownBy(() -> TemplateRegistry.builder().addBuiltIns().addFolder(folder).build())
                .isInstanceOfSatisfying(IcsRefusedReferenceException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo(pointer));
        // JSON is YAML: the same template as a .yaml file goes through the YAML reader.
        Files.delete(folder.resolve("t.json"));
        Files.writeString(folder.resolve("t.yaml"), template);
        assertThatThrownBy(() -> TemplateRegistry.builder().addBuiltIns().addFolder(folder).build())
                .isInstanceOfSatisfying(IcsRefusedReferenceException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo(pointer));
    }

    @Test
    void theServersAnswerWhenAsked() throws IOException {
        // The counters work: a request the test makes itself is seen (and then taken back off the count).
        var url = java.net.URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/probe").toURL();
        try (var in = url.openStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("urn:ics:target");
        }
        assertThat(HTTP_REQUESTS.getAndDecrement()).isEqualTo(1);
        try (Socket s = new Socket(tls.getInetAddress(), tls.getLocalPort())) {
            assertThat(s.isConnected()).isTrue();
        }
        long until = System.nanoTime() + 5_000_000_000L;
        while (TLS_CONNECTIONS.get() == 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(TLS_CONNECTIONS.getAndDecrement()).isEqualTo(1);
    }
}
