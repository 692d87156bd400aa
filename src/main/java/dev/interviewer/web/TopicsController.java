package dev.interviewer.web;

import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.Topic;
import dev.interviewer.knowledge.TopicTree;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/** {@code GET /api/topics}: the notes' heading tree with the number of answerable cards under each heading. */
public final class TopicsController implements Controller {
    private final Supplier<KnowledgeBase> knowledge;

    public TopicsController(Supplier<KnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    /** The response: the top-level topics, each with its sub-topics. */
    public record Topics(List<Topic> topics) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/topics", this::topics);
    }

    private void topics(Context ctx) {
        ctx.json(new Topics(TopicTree.of(knowledge.get().cards()).roots()));
    }
}
