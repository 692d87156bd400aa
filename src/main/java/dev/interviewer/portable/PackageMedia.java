package dev.interviewer.portable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Links the images and sounds of an Anki note to the package's media files, noting which ones each note uses. */
final class PackageMedia implements MediaLinks {
    private final Map<String, String> files;
    private final MediaLinks web = MediaLinks.webOnly();
    private final Set<String> used = new LinkedHashSet<>();
    private final Set<String> missing = new TreeSet<>();

    PackageMedia(Map<String, String> files) {
        this.files = files;
    }

    @Override
    public String link(String src) {
        String name = src.strip();
        if (name.isEmpty()) {
            return null;
        }
        if (!files.containsKey(name)) {
            String decoded = urlDecoded(name);
            if (!files.containsKey(decoded)) {
                String onTheWeb = web.link(name);
                if (onTheWeb == null) {
                    missing.add(name);
                }
                return onTheWeb;
            }
            name = decoded;
        }
        used.add(name);
        return MEDIA_FOLDER + MarkdownEscapes.url(MediaNames.safe(name));
    }

    private static String urlDecoded(String name) {
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** The media files linked since the last call, and forgets them (one note at a time). */
    Set<String> takeUsed() {
        Set<String> names = Set.copyOf(used);
        used.clear();
        return names;
    }

    /** Files that notes link to but the package does not hold. */
    Set<String> missing() {
        return missing;
    }
}
