package dev.interviewer.portable;

import java.util.regex.Pattern;

/** File names for imported media: the bank's own name where it is safe, never a path or a hidden file. */
final class MediaNames {
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final int MAX_LENGTH = 120;

    private MediaNames() {
    }

    static String safe(String name) {
        String safe = UNSAFE.matcher(name.strip()).replaceAll("_").replaceFirst("^\\.+", "_");
        if (safe.isEmpty()) {
            return "_";
        }
        if (safe.length() > MAX_LENGTH) {
            int dot = safe.lastIndexOf('.');
            String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            safe = safe.substring(0, MAX_LENGTH - extension.length() - 9)
                    + "-" + String.format("%08x", name.hashCode()) + extension;
        }
        return safe;
    }
}
