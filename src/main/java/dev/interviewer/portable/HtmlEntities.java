package dev.interviewer.portable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Decodes HTML character references ({@code &amp;}, {@code &#39;}, {@code &#x4E2D;}) in text. */
final class HtmlEntities {
    private static final Map<String, String> NAMED = load();
    private static final int LONGEST_NAME = 10;

    private HtmlEntities() {
    }

    /** The text with every known reference decoded; unknown or malformed ones are left as they are. */
    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (amp >= 0) {
            out.append(text, from, amp);
            int semicolon = text.indexOf(';', amp + 1);
            String decoded = semicolon < 0 || semicolon - amp > LONGEST_NAME + 2 ? null
                    : reference(text.substring(amp + 1, semicolon));
            if (decoded == null) {
                out.append('&');
                from = amp + 1;
            } else {
                out.append(decoded);
                from = semicolon + 1;
            }
            amp = text.indexOf('&', from);
        }
        return out.append(text, from, text.length()).toString();
    }

    private static String reference(String name) {
        if (name.startsWith("#")) {
            return numeric(name.substring(1));
        }
        return NAMED.get(name);
    }

    private static String numeric(String digits) {
        try {
            boolean hex = digits.startsWith("x") || digits.startsWith("X");
            int codePoint = Integer.parseInt(hex ? digits.substring(1) : digits, hex ? 16 : 10);
            // NUL and surrogates are not characters; HTML shows U+FFFD for them.
            if (codePoint == 0 || !Character.isValidCodePoint(codePoint)
                    || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return "\uFFFD";
            }
            return Character.toString(codePoint);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String> load() {
        Map<String, String> named = new HashMap<>();
        try (InputStream in = HtmlEntities.class.getResourceAsStream("/portable/html-entities.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    StringBuilder value = new StringBuilder();
                    for (String hex : parts[1].split(" ")) {
                        value.appendCodePoint(Integer.parseInt(hex, 16));
                    }
                    named.put(parts[0], value.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /portable/html-entities.tsv", e);
        }
        return Map.copyOf(named);
    }
}
