package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.interview.CardChoice;
import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.review.Fsrs;
import dev.interviewer.store.Database;
import dev.interviewer.store.HistoryBackup;
import dev.interviewer.store.SqliteInterviewStore;
import dev.interviewer.store.SqliteReviewSchedule;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup, restore, import and Anki downloads over HTTP, in memory: statuses, limits, headers, the token. */
class PortabilityApiTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final KnowledgeBase KB = Fixtures.sixCards();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T09:00:00Z"), ZoneOffset.UTC);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private Database db;
    private InterviewService service;
    private final List<String> imported = new ArrayList<>();
    private final List<List<String>> packaged = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("interviewer.db"));
        SqliteInterviewStore store = new SqliteInterviewStore(db, id -> KB.card(id).map(CardSnapshot::of));
        service = InterviewService.builder(() -> KB, new KeywordGrader(), store)
                .schedule(new SqliteReviewSchedule(db, Fsrs.withRetention(0.9))).build();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private interface Api {
        void run(String origin) throws Exception;
    }

    private void withServer(WebSettings settings, long maxBytes, Api test) {
        NotesImport importer = (file, replace) -> {
            imported.add(file.getFileName() + ":" + Files.readString(file) + ":" + replace);
            if (file.getFileName().toString().endsWith(".apkg")) {
                throw ApiException.badRequest("deck.apkg is not a zip file, so not an Anki package");
            }
            return new NotesImport.Result(file.getFileName().toString(), "imported/bank", 1, List.of("bank.md"), 0,
                    List.of(new NotesImport.SkippedReason("empty question", 1, List.of("line 3"))), List.of(), 1);
        };
        AnkiPackages packages = cards -> {
            packaged.add(cards.stream().map(Card::id).toList());
            return new byte[] {'P', 'K'};
        };
        CardChoice choice = new CardChoice(() -> KB, () -> new SqliteReviewSchedule(db, Fsrs.withRetention(0.9)),
                Clock.systemUTC());
        List<Controller> controllers = List.of(new InterviewController(service),
                new BackupController(new HistoryBackup(db, "test", CLOCK), CLOCK, maxBytes),
                new ImportController(importer, maxBytes), new AnkiController(choice, service, packages));
        JavalinTest.test(WebServer.create(settings, controllers),
                (server, client) -> test.run("http://localhost:" + server.port()));
    }

    private void withServer(Api test) {
        withServer(WebSettings.local(), 4096, test);
    }

    @Test
    void aBackupDownloadsAndRestoresIntoTheSameServerWithoutChanges() {
        service.start(new InterviewConfig(List.of(), 1, 0, "en", 0, InterviewMode.INTERVIEW));
        withServer(origin -> {
            HttpResponse<String> backup = send(origin, "GET", "/api/backup", null);
            assertThat(backup.statusCode()).isEqualTo(200);
            assertThat(backup.headers().firstValue("Content-Disposition"))
                    .contains("attachment; filename=\"interviewer-backup-2026-03-04.json\"");
            assertThat(JSON.readTree(backup.body()).get("format").asText()).isEqualTo("interviewer-backup");

            HttpResponse<String> restored = send(origin, "POST", "/api/restore", backup.body(),
                    "Content-Type", "application/json");
            assertThat(restored.statusCode()).isEqualTo(200);
            JsonNode summary = JSON.readTree(restored.body());
            assertThat(summary.get("tables").get(0).get("table").asText()).isEqualTo("interviews");
            assertThat(summary.get("tables").get(0).get("present").asInt()).isEqualTo(1);
            assertThat(summary.get("tables").get(0).get("added").asInt()).isZero();
        });
    }

    @Test
    void restoreRefusesOtherTypesBadDocumentsAndBodiesOverTheLimit() {
        withServer(origin -> {
            HttpResponse<String> plain = send(origin, "POST", "/api/restore", "{}", "Content-Type", "text/plain");
            assertThat(plain.statusCode()).isEqualTo(415);
            assertThat(error(plain)).isEqualTo("send the backup as the request body with Content-Type:"
                    + " application/json (got text/plain)");
            HttpResponse<String> bad = send(origin, "POST", "/api/restore", "{\"format\": \"x\", \"tables\": {}}",
                    "Content-Type", "application/json");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(error(bad)).startsWith("not an Interviewer backup: \"format\" is not");
            String big = "{\"format\": \"interviewer-backup\", \"pad\": \"" + "x".repeat(5000) + "\"}";
            HttpResponse<String> declared = send(origin, "POST", "/api/restore", big,
                    "Content-Type", "application/json");
            assertThat(declared.statusCode()).isEqualTo(413);
            assertThat(error(declared)).isEqualTo("the backup is larger than 4096 bytes, the most the server takes");
            HttpResponse<String> streamed = sendStreamed(origin, "/api/restore", big, "application/json");
            assertThat(streamed.statusCode()).isEqualTo(413);
        });
    }

    @Test
    void anImportGetsTheFileUnderItsOwnNameAndAnswersWithTheSummary() {
        withServer(origin -> {
            HttpResponse<String> response = send(origin, "POST", "/api/import?name=..%2Fsecret%2Fbank.csv&replace=true",
                    "question,answer\nQ,A\n", "Content-Type", "application/octet-stream");

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(imported).containsExactly("bank.csv:question,answer\nQ,A\n:true");
            JsonNode result = JSON.readTree(response.body());
            assertThat(result.get("folder").asText()).isEqualTo("imported/bank");
            assertThat(result.get("skipped").get(0).get("reason").asText()).isEqualTo("empty question");
        });
    }

    @Test
    void uploadsBeyondTheServersOneMegabyteCapForJsonGoThrough() {
        String bank = "question,answer\n" + "Q,A\n".repeat(800_000);
        withServer(WebSettings.local(), Uploads.MAX_BYTES, origin -> {
            HttpResponse<String> response = send(origin, "POST", "/api/import?name=bank.csv", bank,
                    "Content-Type", "application/octet-stream");
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(imported).hasSize(1);
            assertThat(imported.get(0).length()).isEqualTo("bank.csv:".length() + bank.length() + ":false".length());
        });
    }

    @Test
    void anImportRefusesBadRequestsWithOneMessage() {
        withServer(origin -> {
            HttpResponse<String> noName = send(origin, "POST", "/api/import", "x",
                    "Content-Type", "application/octet-stream");
            assertThat(noName.statusCode()).isEqualTo(400);
            assertThat(error(noName)).contains("'name'");
            HttpResponse<String> form = send(origin, "POST", "/api/import?name=a.csv", "x",
                    "Content-Type", "multipart/form-data; boundary=x");
            assertThat(form.statusCode()).isEqualTo(415);
            HttpResponse<String> badFile = send(origin, "POST", "/api/import?name=deck.apkg", "not a zip",
                    "Content-Type", "application/octet-stream");
            assertThat(badFile.statusCode()).isEqualTo(400);
            assertThat(error(badFile)).isEqualTo("deck.apkg is not a zip file, so not an Anki package");
            HttpResponse<String> tooBig = sendStreamed(origin, "/api/import?name=big.csv", "x".repeat(5000),
                    "application/octet-stream");
            assertThat(tooBig.statusCode()).isEqualTo(413);
            assertThat(error(tooBig)).isEqualTo("the file is larger than 4096 bytes, the most the server takes");
            assertThat(imported).hasSize(1);
        });
    }

    @Test
    void ankiDownloadsHoldTheWeakCardsOfAnInterviewOrOfTheHistory() {
        String id = service.start(new InterviewConfig(List.of("kv"), 1, 0, "en", 0, InterviewMode.INTERVIEW)).id();
        withServer(origin -> {
            assertThat(send(origin, "GET", "/api/interviews/" + id + "/anki", null).statusCode()).isEqualTo(404);
            assertThat(send(origin, "GET", "/api/anki?select=weak", null).statusCode()).isEqualTo(404);
            service.answer(id, "no idea");

            HttpResponse<String> ofInterview = send(origin, "GET", "/api/interviews/" + id + "/anki", null);
            assertThat(ofInterview.statusCode()).isEqualTo(200);
            assertThat(ofInterview.headers().firstValue("Content-Type")).contains("application/apkg");
            assertThat(ofInterview.headers().firstValue("Content-Disposition")).get().asString()
                    .startsWith("attachment; filename=\"interview-" + id.substring(0, 8));
            HttpResponse<String> weak = send(origin, "GET", "/api/anki?select=weak", null);
            assertThat(weak.statusCode()).isEqualTo(200);
            assertThat(packaged).containsExactly(List.of("inference/kv"), List.of("inference/kv"));
            assertThat(send(origin, "GET", "/api/anki?select=weak&topics=rlhf", null).statusCode()).isEqualTo(404);
            assertThat(send(origin, "GET", "/api/anki?select=often", null).statusCode()).isEqualTo(400);
            assertThat(send(origin, "GET", "/api/interviews/nope/anki", null).statusCode()).isEqualTo(404);
        });
    }

    @Test
    void withATokenBackupRestoreAndImportNeedIt() {
        withServer(WebSettings.local().withToken("s3cret"), 4096, origin -> {
            assertThat(send(origin, "GET", "/api/backup", null).statusCode()).isEqualTo(401);
            assertThat(send(origin, "POST", "/api/restore", "{}", "Content-Type", "application/json").statusCode())
                    .isEqualTo(401);
            assertThat(send(origin, "POST", "/api/import?name=a.csv", "q", "Content-Type",
                    "application/octet-stream").statusCode()).isEqualTo(401);
            assertThat(send(origin, "GET", "/api/backup", null, "Authorization", "Bearer s3cret").statusCode())
                    .isEqualTo(200);
            assertThat(imported).isEmpty();
        });
    }

    private HttpResponse<String> send(String origin, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A body without a declared length (chunked): the limit has to be found while reading. */
    private HttpResponse<String> sendStreamed(String origin, String path, String body, String type)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", type)
                .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).get("error").asText();
    }
}
