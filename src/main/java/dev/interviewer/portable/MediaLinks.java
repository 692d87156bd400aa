package dev.interviewer.portable;

import java.util.regex.Pattern;

/** Resolves the {@code src} of an image or a sound in a card field to a Markdown link target, or null to drop it. */
interface MediaLinks {
    /** Stands for the path from a notes file to the imported media folder; the writer replaces it per file. */
    String MEDIA_FOLDER = "\uE002";

    String link(String src);

    /** Links only to images on the web: a bank of text rows has no media of its own. */
    static MediaLinks webOnly() {
        Pattern web = Pattern.compile("(?i)https?://\\S+");
        return src -> web.matcher(src.strip()).matches() ? MarkdownEscapes.url(src) : null;
    }
}
