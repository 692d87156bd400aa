package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page's files hold together: no inline script, every import and library path exists, every string is translated. */
class WebAssetsTest {
    private static final Path WEB = Path.of("web");
    private static final Pattern KEY_USE = Pattern.compile("\\bt\\('([a-zA-Z]+\\.[a-zA-Z.-]+)'");
    private static final Pattern IMPORT = Pattern.compile("(?:from|import\\()\\s*'(\\.[^']+)'");
    private static final Pattern LOCAL_SRC = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(WEB)) {
            return files.filter(p -> p.toString().endsWith(".js")).toList();
        }
    }

    @Test
    void thePageHasNoInlineScriptOrEventHandlerSoTheStrictCspHolds() throws IOException {
        String html = read(WEB.resolve("index.html"));
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()).isFalse();
        assertThat(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        for (Path script : scripts()) {
            assertThat(read(script)).as(script.toString()).doesNotContain("eval(", "new Function(", "javascript:");
        }
    }

    @Test
    void everyModuleImportPointsAtAFileThatExists() throws IOException {
        for (Path script : scripts()) {
            Matcher m = IMPORT.matcher(read(script));
            while (m.find()) {
                assertThat(script.getParent().resolve(m.group(1)).normalize()).as("import in " + script).exists();
            }
        }
    }

    @Test
    void everyFileThePageLoadsIsInTheFolderOrAWebJar() throws IOException {
        Matcher m = LOCAL_SRC.matcher(read(WEB.resolve("index.html")));
        int checked = 0;
        while (m.find()) {
            String path = m.group(1);
            if (path.startsWith("/webjars/")) {
                assertThat(getClass().getResource("/META-INF/resources" + path)).as(path).isNotNull();
            } else {
                assertThat(WEB.resolve(path.substring(1))).as(path).exists();
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    @Test
    void noScriptAppendsAChildThatMayBeNullWithTheDomsAppend() throws IOException {
        // The DOM's append() prints null as the text "null"; dom.js's h(), mount() and add() skip it.
        for (Path script : scripts()) {
            String code = read(script);
            for (int at = code.indexOf(".append("); at >= 0; at = code.indexOf(".append(", at + 1)) {
                assertThat(topLevelArguments(code, at + ".append(".length())).as(script + " at " + at)
                        .doesNotContainPattern(":\\s*null");
            }
        }
    }

    /** The text of a call's arguments outside any nested bracket: what append() itself receives. */
    private static String topLevelArguments(String code, int from) {
        StringBuilder top = new StringBuilder();
        int depth = 1;
        for (int i = from; i < code.length() && depth > 0; i++) {
            char c = code.charAt(i);
            depth += "([{".indexOf(c) >= 0 ? 1 : ")]}".indexOf(c) >= 0 ? -1 : 0;
            if (depth == 1 && "([{".indexOf(c) < 0) {
                top.append(c);
            }
        }
        return top.toString();
    }

    @Test
    void noScriptKeepsItsOwnScoreBands() throws IOException {
        // The bands come from /api/health, so the page colours a score as the grader bands it.
        for (Path script : scripts()) {
            assertThat(read(script)).as(script.toString()).doesNotContainPattern("score >= \\d");
        }
    }

    @Test
    void everyStringTheScriptsAskForExistsInChineseAndEnglish() throws IOException {
        String i18n = read(WEB.resolve("js/i18n.js"));
        int english = i18n.indexOf("  en: {");
        String zh = i18n.substring(0, english);
        String en = i18n.substring(english);
        Set<String> keys = new LinkedHashSet<>();
        for (Path script : scripts()) {
            Matcher m = KEY_USE.matcher(read(script));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        for (String key : keys) {
            assertThat(zh).as("zh " + key).contains("'" + key + "':");
            assertThat(en).as("en " + key).contains("'" + key + "':");
        }
    }
}
