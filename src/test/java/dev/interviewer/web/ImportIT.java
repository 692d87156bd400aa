package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.LintReport;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.portable.LargeDecks;
import dev.interviewer.testing.SharedApp;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports through the running server: the notes folder grows by imported/NAME, the cards can be practised at once,
 * lint finds nothing wrong with them; bad files, conflicts and oversized uploads get one clear error each. Then
 * the history goes out as a backup and comes back changing nothing.
 */
class ImportIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.onOwnNotes("own notes for imports");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void aCsvImportExtendsTheNotesAndItsCardsCanBePractisedAtOnce() throws Exception {
        byte[] csv = ("\uFEFFquestion,answer,tags\n"
                + "What does RMSNorm drop from LayerNorm?,\"It drops the mean: it rescales by the root mean square"
                + " only, so it is cheaper.\",norm\n"
                + ",an answer without a question,\n"
                + "What does RMSNorm drop from LayerNorm?,the same question again,\n").getBytes("UTF-8");
        int before = APP.app().knowledge().size();

        HttpResponse<String> response = upload("norms-bank.csv", csv, false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("folder").asText()).isEqualTo("imported/norms-bank");
        assertThat(result.get("cards").asInt()).isEqualTo(1);
        assertThat(result.get("practisable").asInt()).isEqualTo(1);
        assertThat(result.get("skipped").toString()).contains("empty question", "duplicate question");
        assertThat(APP.notes().resolve("imported/norms-bank/norms-bank.md")).exists();
        assertThat(APP.app().knowledge().size()).isEqualTo(before + 1);

        HttpResponse<String> started = post("/api/interviews",
                "{\"topics\": [\"imported/norms-bank\"], \"questions\": 1, \"language\": \"en\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(JSON.readTree(started.body()).at("/message/text").asText()).contains("RMSNorm");

        // The same file again is no change; a different one under the same name needs 'replace'.
        assertThat(upload("norms-bank.csv", csv, false).statusCode()).isEqualTo(201);
        byte[] changed = "question,answer\nWhat is QK-norm?,Normalising queries and keys.\n".getBytes("UTF-8");
        HttpResponse<String> conflict = upload("norms-bank.csv", changed, false);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(error(conflict)).startsWith("imported/norms-bank already holds notes of an earlier import");
        assertThat(upload("norms-bank.csv", changed, true).statusCode()).isEqualTo(201);
        assertThat(Files.readString(APP.notes().resolve("imported/norms-bank/norms-bank.md"))).contains("QK-norm");
    }

    @Test
    void anAnkiDeckImportsWithItsMediaAndLintsClean() throws Exception {
        Path apkg = LargeDecks.write(dir.resolve("Transformer Deck.apkg"), 40, true);

        HttpResponse<String> response = upload("Transformer Deck.apkg", Files.readAllBytes(apkg), false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("folder").asText()).isEqualTo("imported/transformer-deck");
        assertThat(result.get("cards").asInt()).isEqualTo(44);
        assertThat(result.get("media").asInt()).isEqualTo(2);
        KnowledgeBase imported = new NotesLoader().load(APP.notes().resolve("imported/transformer-deck"));
        LintReport lint = LintReport.of(imported);
        assertThat(lint.errors()).isEmpty();
        assertThat(imported.cards()).hasSize(44);
    }

    @Test
    void badFilesGetOneClearMessageAndLeaveNothingBehind() throws Exception {
        HttpResponse<String> notAZip = upload("broken.apkg", "this is not a zip".getBytes("UTF-8"), false);
        assertThat(notAZip.statusCode()).isEqualTo(400);
        assertThat(error(notAZip)).isEqualTo("broken.apkg is not a zip file, so not an Anki package");
        HttpResponse<String> noQuestion = upload("sheet.csv", "front-ish,back-ish\na,b\n".getBytes("UTF-8"), false);
        assertThat(noQuestion.statusCode()).isEqualTo(400);
        assertThat(error(noQuestion)).contains("question");
        HttpResponse<String> unknown = upload("notes.docx", new byte[] {1, 2, 3}, false);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(error(unknown)).contains("unknown kind of file");
        assertThat(APP.notes().resolve("imported/broken")).doesNotExist();
        assertThat(APP.notes().resolve("imported/sheet")).doesNotExist();
    }

    @Test
    void aFileOverTwoHundredMegabytesIsRefusedBeforeItIsSent() throws Exception {
        // Only the headers go out: the server answers from the declared length, without waiting for 200 MB.
        // (A raw socket: Java 17's HttpClient hangs on a final answer to "Expect: 100-continue", JDK-8286171.)
        URI uri = URI.create(APP.origin());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /api/import?name=huge.csv HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + (200L * 1024 * 1024 + 1)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 413 ")
                    .endsWith("{\"error\":\"the file is larger than 200 MB, the most the server takes\"}");
        }
    }

    @Test
    void aBackupOfTheServerRestoresIntoItWithoutChangingAnything() throws Exception {
        assertThat(post("/api/interviews", "{\"questions\": 1}").statusCode()).isEqualTo(201);
        HttpResponse<String> backup = HTTP.send(HttpRequest.newBuilder(URI.create(APP.url("/api/backup"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(backup.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(backup.body()).at("/tables/interviews").size()).isPositive();

        HttpResponse<String> restored = HTTP.send(HttpRequest.newBuilder(URI.create(APP.url("/api/restore")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(backup.body()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        for (JsonNode table : JSON.readTree(restored.body()).get("tables")) {
            assertThat(table.get("added").asInt() + table.get("updated").asInt()).as(table.toString()).isZero();
        }
        HttpResponse<String> malformed = HTTP.send(HttpRequest.newBuilder(URI.create(APP.url("/api/restore")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(backup.body().substring(0, 100))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(error(malformed)).startsWith("the backup is not valid JSON");
    }

    private static HttpResponse<String> upload(String name, byte[] bytes, boolean replace)
            throws IOException, InterruptedException {
        String query = "?name=" + java.net.URLEncoder.encode(name, "UTF-8") + (replace ? "&replace=true" : "");
        return HTTP.send(HttpRequest.newBuilder(URI.create(APP.url("/api/import" + query)))
                .header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(APP.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).get("error").asText();
    }
}
