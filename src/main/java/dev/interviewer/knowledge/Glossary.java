package dev.interviewer.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bilingual term glossary: concepts with their English, Chinese and abbreviated names (FFN = feed-forward
 * network = its Chinese name). The bundled {@code glossary.tsv} ships in the jar; a {@code glossary.tsv} in the notes
 * folder adds concepts or variants (a line sharing a variant with a bundled concept extends it). Search matches a
 * concept the query names in any language the card uses, and the grader counts "feed-forward" as saying its
 * Chinese name.
 */
public final class Glossary {
    public static final String FILE_NAME = "glossary.tsv";
    private static final String RESOURCE = "/knowledge/" + FILE_NAME;

    private final List<Concept> concepts;
    private final Map<String, Concept> byId = new HashMap<>();
    private final TermTrie trie;

    private Glossary(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        this.trie = new TermTrie();
        for (Concept concept : this.concepts) {
            byId.put(concept.id(), concept);
            concept.variants().forEach(v -> trie.add(v, concept.id()));
        }
    }

    /** One concept: a stable id (its first variant) and every name it goes by. */
    public record Concept(String id, List<String> variants) {
        public Concept {
            variants = List.copyOf(variants);
        }
    }

    /** A concept named in a text, with the variant as written there. */
    public record Mention(Concept concept, String variant) {
    }

    /** The glossary that ships in the jar. */
    public static Glossary bundled() {
        return Bundled.GLOSSARY;
    }

    /** The bundled glossary, extended by {@code <notes>/glossary.tsv} when there is one. */
    public static Glossary load(Path notesFolder, List<NoteProblem> problems) {
        Path own = notesFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(own)) {
            return bundled();
        }
        List<List<String>> lines = new ArrayList<>(bundledLines(problems));
        try (Reader reader = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
            lines.addAll(read(reader, FILE_NAME, problems));
        } catch (IOException | UncheckedIOException e) {
            problems.add(new NoteProblem(FILE_NAME, 0, "cannot read the glossary: " + e.getMessage()));
        }
        return of(lines);
    }

    /** A glossary from TSV text (for tests and tools). */
    public static Glossary parse(String tsv) {
        return of(read(new StringReader(tsv), "glossary", new ArrayList<>()));
    }

    private static List<List<String>> bundledLines(List<NoteProblem> problems) {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled " + FILE_NAME, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<List<String>> read(Reader reader, String name, List<NoteProblem> problems) {
        List<List<String>> lines = new ArrayList<>();
        try {
            BufferedReader in = new BufferedReader(reader);
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String text = line.replace("\uFEFF", "");
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> variants = variants(text);
                if (variants.size() < 2) {
                    problems.add(new NoteProblem(name, number, "a glossary line needs at least two names "
                            + "(en<TAB>zh<TAB>abbr, variants separated by |): " + text.strip(),
                            NoteProblem.Severity.WARNING));
                } else {
                    lines.add(variants);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return lines;
    }

    private static List<String> variants(String line) {
        Set<String> variants = new LinkedHashSet<>();
        for (String column : line.split("\t")) {
            for (String variant : column.split("\\|")) {
                String v = variant.strip();
                if (!v.isEmpty() && TermTrie.tokens(v).size() > 0) {
                    variants.add(v);
                }
            }
        }
        return List.copyOf(variants);
    }

    /** Lines that share a variant are one concept: a user's line can extend a bundled one. */
    private static Glossary of(List<List<String>> lines) {
        Map<String, Integer> owner = new HashMap<>();
        int[] parent = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            parent[i] = i;
            for (String variant : lines.get(i)) {
                Integer other = owner.putIfAbsent(TermTrie.key(variant), i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, Set<String>> merged = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            merged.computeIfAbsent(root(parent, i), r -> new LinkedHashSet<>()).addAll(lines.get(i));
        }
        List<Concept> concepts = new ArrayList<>();
        for (Set<String> variants : merged.values()) {
            List<String> list = List.copyOf(variants);
            concepts.add(new Concept(TermTrie.key(list.get(0)), list));
        }
        return new Glossary(concepts);
    }

    /** Read once: every knowledge base without a glossary of its own shares it. */
    private static final class Bundled {
        static final Glossary GLOSSARY = of(bundledLines(new ArrayList<>()));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    public int size() {
        return concepts.size();
    }

    /** The concepts a text names, longest match first at each position, each once. */
    public List<Mention> mentions(String text) {
        Map<String, Mention> found = new LinkedHashMap<>();
        for (TermTrie.Match match : trie.find(text)) {
            Concept concept = byId(match.conceptId());
            found.putIfAbsent(concept.id(), new Mention(concept, match.text()));
        }
        return List.copyOf(found.values());
    }

    /** The ids of the concepts a text names. */
    public Set<String> conceptIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (TermTrie.Match match : trie.find(text)) {
            ids.add(match.conceptId());
        }
        return ids;
    }

    private Concept byId(String id) {
        return byId.get(id);
    }
}
