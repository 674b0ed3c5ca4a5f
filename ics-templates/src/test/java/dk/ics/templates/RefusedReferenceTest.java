package dk.ics.templates;

import static dk.ics.templates.TestTemplates.template;
import static dk.ics.templates.TestTemplates.withBuiltIns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dk.ics.model.IcsRefusedReferenceException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.internal.JsonSupport;
import dk.ics.templates.internal.SchemaEngine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No reference in a template ever leaves the registry: nothing is fetched, opened or read. */
class RefusedReferenceTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\": \"string\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static String withRef(String ref) {
        return template("\"x\": {\"$ref\": \"" + ref + "\"}");
    }

    @Test
    void refToALocalHttpServerIsRefusedAndNeverRequested() {
        assertThatThrownBy(() -> withBuiltIns("t.json", withRef(base + "/schema.json")))
                .isInstanceOf(IcsRefusedReferenceException.class)
                .hasMessageContaining("t.json")
                .hasMessageContaining("/properties/x/$ref")
                .hasMessageContaining("http:");
        assertThat(requests).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/s.json", "file:///etc/passwd", "jar:file:/x.jar!/s.json",
            "../outside.json", "sibling.json#/x", "//127.0.0.1/s.json"})
    void everyReferenceOutsideTheRegistryIsRefused(String ref) {
        assertThatThrownBy(() -> withBuiltIns("t.json", withRef(ref)))
                .isInstanceOf(IcsRefusedReferenceException.class)
                .hasMessageContaining("/properties/x/$ref");
    }

    @Test
    void aNestedIdThatLeavesTheRegistryIsRefused() {
        String t = template("\"x\": {\"$id\": \"" + base + "/x\", \"$ref\": \"s.json\"}");
        assertThatThrownBy(() -> withBuiltIns("t.json", t)).isInstanceOf(IcsRefusedReferenceException.class);
        assertThat(requests).hasValue(0);
    }

    @Test
    void aRefToAnUnknownRegistrySchemaNamesTheKnownOnes() {
        assertThatThrownBy(() -> withBuiltIns("t.json", withRef("urn:ics:nothing:1.0.0#/$defs/x")))
                .isInstanceOfSatisfying(IcsUnknownCodeException.class,
                        e -> assertThat(e.known()).contains("urn:ics:common:1.0.0"));
    }

    @Test
    void theSchemaEngineItselfRefusesWhatTheGuardWouldHaveCaught() {
        var tree = JsonSupport.mapper().readTree("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                + " \"$id\": \"urn:ics:x:1.0.0\", \"properties\": {\"a\": {\"$ref\": \"" + base + "/s.json\"}}}");
        SchemaEngine engine = SchemaEngine.over(Map.of("urn:ics:x:1.0.0", tree));
        assertThatThrownBy(() -> engine.compile("urn:ics:x:1.0.0", "x.json"))
                .isInstanceOf(IcsRefusedReferenceException.class).hasMessageContaining("x.json");
        assertThat(requests).hasValue(0);
    }

    @Test
    void aFolderEntryThatLinksOutsideTheFolderIsRefused(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(outside.resolve("t.json"), template(""));
        Files.createSymbolicLink(folder.resolve("t.json"), outside.resolve("t.json"));
        assertThatThrownBy(() -> TemplateRegistry.builder().addBuiltIns().addFolder(folder).build())
                .isInstanceOf(IcsRefusedReferenceException.class).hasMessageContaining("outside the folder");
    }
}
