package dev.interviewer.retrieval;

import java.util.List;

/** Finds the cards that best match free text. */
public interface CardSearch {
    List<SearchHit> search(SearchQuery query);
}
