package dev.interviewer.knowledge;

import java.util.List;

/** A heading cleaned into a card title, with the URLs that were taken out of it. */
record CleanTitle(String title, List<String> urls) {
    CleanTitle {
        urls = List.copyOf(urls);
    }
}
