package dev.interviewer.knowledge;

/** One raw annotation item (a list item or an inline value) with the line it was written on. */
record Item(String text, int line) {
}
