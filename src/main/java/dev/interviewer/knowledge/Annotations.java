package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/** What the labelled lists of one section say, and the blocks left over as its reference text. */
final class Annotations {
    private final Map<Label, List<Item>> items = new EnumMap<>(Label.class);
    private final List<Node> referenceBlocks = new ArrayList<>();

    void add(Label label, Item item) {
        items.computeIfAbsent(label, l -> new ArrayList<>()).add(item);
    }

    void keep(Node block) {
        referenceBlocks.add(block);
    }

    List<Item> items(Label label) {
        return List.copyOf(items.getOrDefault(label, List.of()));
    }

    /** The last value given for a one-value label such as the level. */
    Item last(Label label) {
        List<Item> values = items.getOrDefault(label, List.of());
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    List<Node> referenceBlocks() {
        return List.copyOf(referenceBlocks);
    }
}
