package dev.interviewer.interview;

import dev.interviewer.store.SqliteInterviewStore;
import dev.langchain4j.model.chat.ChatModel;
import io.javalin.http.Context;
import org.apache.lucene.search.IndexSearcher;

/**
 * Breaks every package rule on purpose, for {@code PackageRulesBiteTest}: the interview package reaching into the
 * store (against the layers, and a cycle, since the store implements interview's port), Javalin, Lucene and
 * LangChain4j. Test code only; nothing uses it.
 */
public final class ForbiddenImportsFixture {
    SqliteInterviewStore store;
    Context context;
    IndexSearcher searcher;
    ChatModel model;

    private ForbiddenImportsFixture() {
    }
}
