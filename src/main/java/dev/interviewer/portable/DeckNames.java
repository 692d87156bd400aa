package dev.interviewer.portable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Deck names ("A::B") as paths, and as the file and folder names their notes are written to. */
final class DeckNames {
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final int MAX_LENGTH = 80;

    private DeckNames() {
    }

    /** "A::B" is [A, B]; blank parts are dropped; "" is []. */
    static List<String> path(String name) {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(name.split("::")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A file or folder name for one part of a deck path: no separators or characters Windows refuses, not hidden
     * (the notes loader skips hidden files), never "README" (a notes folder's README.md is not read as notes).
     */
    static String fileName(String part) {
        String name = UNSAFE.matcher(part.strip()).replaceAll("_").replaceFirst("^[.\\s]+", "")
                .replaceFirst("[.\\s]+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).strip();
        }
        if (name.isEmpty()) {
            return "deck";
        }
        return name.toLowerCase(Locale.ROOT).equals("readme") ? name + "-deck" : name;
    }
}
