package dev.interviewer.portable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON that a legacy (schema 11) collection keeps in its {@code col} row: collection settings, note types,
 * decks and deck options. Current Anki upgrades such a collection on import; the fields here are those that
 * genanki-made packages carry, which current Anki imports.
 */
final class AnkiSchema11 {
    static final String NOTE_TYPE_NAME = "Interviewer card";
    static final List<String> FIELDS = List.of("Question", "Reference", "Key points", "Source");
    private static final String CSS = ".card { font-family: sans-serif; font-size: 18px; text-align: left;"
            + " color: black; background-color: white; }\n.keypoints { margin-top: 1em; }\n"
            + ".source { margin-top: 1em; font-size: 14px; color: #666; }\npre { white-space: pre-wrap; }\n";
    private static final String BACK = "{{FrontSide}}\n\n<hr id=answer>\n\n{{Reference}}\n\n{{#Key points}}"
            + "<div class=\"keypoints\"><b>Key points</b>{{Key points}}</div>{{/Key points}}\n\n"
            + "{{#Source}}<div class=\"source\">{{Source}}</div>{{/Source}}";

    private final ObjectMapper json = new ObjectMapper();

    /** Collection settings: the default deck and note type, new cards in order. */
    String conf(long noteTypeId, int nextPosition) {
        ObjectNode conf = json.createObjectNode();
        conf.putArray("activeDecks").add(1);
        conf.put("addToCur", true).put("collapseTime", 1200).put("curDeck", 1)
                .put("curModel", Long.toString(noteTypeId)).put("dueCounts", true).put("estTimes", true)
                .put("newBury", true).put("newSpread", 0).put("nextPos", nextPosition).put("sortBackwards", false)
                .put("sortType", "noteFld").put("timeLim", 0);
        return conf.toString();
    }

    /** The one note type: Question on the front; Reference, Key points and Source on the back. */
    String models(long noteTypeId, long deckId, long modifiedSeconds) {
        ObjectNode model = json.createObjectNode();
        model.put("id", noteTypeId).put("name", NOTE_TYPE_NAME).put("type", 0).put("mod", modifiedSeconds)
                .put("usn", -1).put("sortf", 0).put("did", deckId).put("css", CSS)
                .put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                        + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
                        + "\\begin{document}\n")
                .put("latexPost", "\\end{document}").put("latexsvg", false);
        model.putArray("tags");
        model.putArray("vers");
        ArrayNode fields = model.putArray("flds");
        for (int ord = 0; ord < FIELDS.size(); ord++) {
            fields.addObject().put("name", FIELDS.get(ord)).put("ord", ord).put("sticky", false).put("rtl", false)
                    .put("font", "Arial").put("size", 20).putArray("media");
        }
        model.putArray("tmpls").addObject().put("name", "Card 1").put("ord", 0).put("qfmt", "{{Question}}")
                .put("afmt", BACK).put("bqfmt", "").put("bafmt", "").putNull("did");
        // The card exists when the question is not empty.
        model.putArray("req").addArray().add(0).add("any").addArray().add(0);
        ObjectNode models = json.createObjectNode();
        models.set(Long.toString(noteTypeId), model);
        return models.toString();
    }

    /** The default deck and the named ones. */
    String decks(List<Deck> decks, long modifiedSeconds) {
        ObjectNode all = json.createObjectNode();
        all.set("1", deck(1, "Default", modifiedSeconds));
        decks.forEach(d -> all.set(Long.toString(d.id()), deck(d.id(), d.name(), modifiedSeconds)));
        return all.toString();
    }

    /** A deck to create: its id and full name ("A::B"). */
    record Deck(long id, String name) {
    }

    private ObjectNode deck(long id, String name, long modifiedSeconds) {
        ObjectNode deck = json.createObjectNode();
        deck.put("id", id).put("name", name).put("desc", "").put("dyn", 0).put("conf", 1).put("collapsed", false)
                .put("browserCollapsed", false).put("extendNew", 10).put("extendRev", 50).put("mod", modifiedSeconds)
                .put("usn", -1);
        for (String counter : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
            deck.putArray(counter).add(0).add(0);
        }
        return deck;
    }

    /** Anki's default deck options. */
    String deckOptions() {
        ObjectNode options = json.createObjectNode();
        options.put("id", 1).put("name", "Default").put("mod", 0).put("usn", 0).put("maxTaken", 60)
                .put("autoplay", true).put("timer", 0).put("replayq", true).put("dyn", false);
        ObjectNode newCards = options.putObject("new");
        newCards.put("bury", true).put("initialFactor", 2500).put("order", 1).put("perDay", 20)
                .put("separate", true);
        newCards.putArray("delays").add(1.0).add(10.0);
        newCards.putArray("ints").add(1).add(4).add(7);
        ObjectNode lapse = options.putObject("lapse");
        lapse.put("leechAction", 1).put("leechFails", 8).put("minInt", 1).put("mult", 0.0);
        lapse.putArray("delays").add(10.0);
        options.putObject("rev").put("bury", true).put("ease4", 1.3).put("fuzz", 0.05).put("ivlFct", 1.0)
                .put("maxIvl", 36500).put("minSpace", 1).put("perDay", 200).put("hardFactor", 1.2);
        ObjectNode all = json.createObjectNode();
        all.set("1", options);
        return all.toString();
    }
}
