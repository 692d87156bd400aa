package dev.interviewer.web;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code GET /api/topics}: the notes' heading tree with the number of answerable cards under each heading. */
public final class TopicsController implements Controller {
    private final Supplier<KnowledgeBase> knowledge;

    public TopicsController(Supplier<KnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    /** One heading: its path from the top (its last element is the title), card count, sub-headings in order. */
    public record TopicNode(String title, List<String> path, int cards, List<TopicNode> children) {
        public TopicNode {
            path = List.copyOf(path);
            children = List.copyOf(children);
        }
    }

    /** The response: the top-level topics. */
    public record Topics(List<TopicNode> topics) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/topics", this::topics);
    }

    private void topics(Context ctx) {
        ctx.json(new Topics(tree(knowledge.get().answerableCards())));
    }

    /** Builds the tree; cards with no heading above them are grouped under their file's name. */
    static List<TopicNode> tree(List<Card> cards) {
        Branch root = new Branch();
        for (Card card : cards) {
            List<String> path = card.path().isEmpty() ? List.of(fileTopic(card.file())) : card.path();
            Branch branch = root;
            branch.cards++;
            for (String title : path) {
                branch = branch.children.computeIfAbsent(title, t -> new Branch());
                branch.cards++;
            }
        }
        return root.nodes(List.of());
    }

    private static String fileTopic(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.replaceFirst("(?i)\\.(md|markdown)$", "");
    }

    private static final class Branch {
        private final Map<String, Branch> children = new LinkedHashMap<>();
        private int cards;

        List<TopicNode> nodes(List<String> parent) {
            List<TopicNode> nodes = new ArrayList<>();
            children.forEach((title, branch) -> {
                List<String> path = new ArrayList<>(parent);
                path.add(title);
                nodes.add(new TopicNode(title, path, branch.cards, branch.nodes(path)));
            });
            return nodes;
        }
    }
}
