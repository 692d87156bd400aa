package dev.interviewer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run, in the order they were taken, with what failed; written as results.json. */
final class Results {
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    synchronized void put(String key, Object value) {
        figures.put(key, value instanceof Double d ? round(d) : value);
        System.err.printf("  %-28s %s%n", key, figures.get(key));
    }

    synchronized Object get(String key) {
        return figures.get(key);
    }

    synchronized List<String> keys() {
        return List.copyOf(figures.keySet());
    }

    synchronized Double number(String key) {
        return figures.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    synchronized void error(String section, Exception e) {
        errors.put(section, e.toString());
        System.err.println("  " + section + " FAILED: " + e);
    }

    synchronized Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    synchronized void write(Path file, Map<String, Object> meta, Map<String, Object> targets) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>(figures);
        root.put("targets", targets);
        root.put("errors", errors);
        root.put("meta", meta);
        Files.createDirectories(file.getParent());
        Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    static double round(double value) {
        double abs = Math.abs(value);
        double scale = abs >= 100 ? 10 : abs >= 1 ? 100 : 1000;
        return Math.round(value * scale) / scale;
    }
}
