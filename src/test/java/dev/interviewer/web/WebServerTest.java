package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.KnowledgeBase;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class WebServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A stand-in endpoint that reads JSON like the real spending endpoints do. */
    record Echo(String question) {
    }

    private static Javalin app(WebSettings config) {
        Controller echo = routes -> routes.post("/api/grade", ctx -> ctx.json(ctx.bodyAsClass(Echo.class)));
        Controller health = new HealthController(KnowledgeBase::empty, HealthController.About.offline("dev"));
        return WebServer.create(config, List.of(health, echo));
    }

    private static HttpResponse<String> send(String origin, String method, String path, String body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        JavalinTest.test(app(WebSettings.local()), (server, client) -> {
            for (String path : List.of("/api/health", "/", "/api/missing")) {
                HttpResponse<String> response = send(client.getOrigin(), "GET", path, null);
                assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                        .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
                assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            }
        });
    }

    /**
     * Jetty's static handler mounted the jar it served from as a zip file system for the life of the process (eight
     * mounts of the app's jar, 36 MB of heap); Javalin's own reads through the class loader and mounts nothing.
     */
    @Test
    void servingFilesFromJarsMountsNoZipFileSystem() throws Exception {
        String path = "/webjars/marked/17.0.1/lib/marked.umd.js";
        URL library = WebServerTest.class.getResource("/META-INF/resources" + path);
        assertThat(library).as("the WebJar on the class path").isNotNull();
        assertThat(library.getProtocol()).isEqualTo("jar");
        long before = zipFileSystems();
        JavalinTest.test(app(WebSettings.local()), (server, client) -> {
            for (String file : List.of(path, "/", "/style.css")) {
                assertThat(send(client.getOrigin(), "GET", file, null).statusCode()).as(file).isEqualTo(200);
            }
            assertThat(zipFileSystems()).isEqualTo(before);
        });
    }

    /** Live zip file systems in this JVM, from a class histogram (the diagnostic command, as jcmd runs it). */
    private static long zipFileSystems() throws Exception {
        Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        // A row reads "  276:  8  1024  jdk.nio.zipfs.ZipFileSystem (jdk.zipfs@17...)": rank, instances, bytes, class.
        return String.valueOf(histogram).lines().map(l -> l.trim().split("\\s+"))
                .filter(row -> row.length >= 4 && row[3].equals("jdk.nio.zipfs.ZipFileSystem"))
                .mapToLong(row -> Long.parseLong(row[1])).sum();
    }

    @Test
    void malformedJsonIsA400WithAMessage() {
        JavalinTest.test(app(WebSettings.local()), (server, client) -> {
            HttpResponse<String> response = send(client.getOrigin(), "POST", "/api/grade", "{\"question\": ",
                    "Content-Type", "application/json");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).startsWith("{\"error\":").doesNotContain("at dev.");
        });
    }

    @Test
    void unknownApiPathIsA404InJson() {
        JavalinTest.test(app(WebSettings.local()), (server, client) -> {
            HttpResponse<String> response = send(client.getOrigin(), "GET", "/api/nothing-here", null);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("\"error\"");
        });
    }

    @Test
    void aConfiguredTokenIsRequiredByHeaderOrCookie() {
        WebSettings config = WebSettings.local().withToken("s3cret-token");
        JavalinTest.test(app(config), (server, client) -> {
            String origin = client.getOrigin();
            assertThat(send(origin, "GET", "/api/health", null).statusCode()).isEqualTo(401);
            assertThat(send(origin, "GET", "/", null).statusCode()).isEqualTo(401);
            assertThat(send(origin, "GET", "/api/health", null, "Authorization", "Bearer wrong").statusCode())
                    .isEqualTo(401);
            assertThat(send(origin, "GET", "/api/health", null, "Authorization", "Bearer s3cret-token")
                    .statusCode()).isEqualTo(200);

            HttpResponse<String> exchange = send(origin, "GET", "/?token=s3cret-token", null);
            assertThat(exchange.statusCode()).isEqualTo(302);
            String cookie = exchange.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
            String pair = cookie.substring(0, cookie.indexOf(';'));
            assertThat(send(origin, "GET", "/api/health", null, "Cookie", pair).statusCode()).isEqualTo(200);
        });
    }

    @Test
    void spendingEndpointsAreRateLimitedWithRetryAfter() {
        WebSettings config = WebSettings.local().withRateLimit(1);
        JavalinTest.test(app(config), (server, client) -> {
            int limited = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 25; i++) {
                last = send(client.getOrigin(), "POST", "/api/grade", "{\"question\":\"q\"}",
                        "Content-Type", "application/json");
                if (last.statusCode() == 429) {
                    limited++;
                }
            }
            assertThat(limited).isEqualTo(5);
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
            assertThat(last.body()).contains("too many requests");
            assertThat(send(client.getOrigin(), "GET", "/api/health", null).statusCode()).isEqualTo(200);
        });
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        JavalinTest.test(app(WebSettings.local()), (server, client) -> {
            String huge = "{\"question\":\"" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES + 10) + "\"}";
            HttpResponse<String> response = send(client.getOrigin(), "POST", "/api/grade", huge,
                    "Content-Type", "application/json");
            assertThat(response.statusCode()).isEqualTo(413);
        });
    }
}
