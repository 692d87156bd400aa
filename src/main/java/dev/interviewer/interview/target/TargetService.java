package dev.interviewer.interview.target;

import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.interview.model.ReviewSchedule;
import dev.interviewer.interview.model.SavedTarget;
import dev.interviewer.interview.model.TargetChoice;
import dev.interviewer.interview.model.TargetStore;
import dev.interviewer.knowledge.Card;
import dev.interviewer.lang.Wording;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The target use cases: map a job description or résumé onto the notes, save targets by name and show what was
 * practised for them, and plan a targeted interview (with gap questions written by a model when there is one).
 */
public final class TargetService {
    private static final Logger LOG = LoggerFactory.getLogger(TargetService.class);

    private final TargetAnalyzer analyzer;
    private final TargetStore store;
    private final GapWriter gapWriter;
    private final ReviewSchedule schedule;
    private final Supplier<List<InterviewSummary>> history;
    private final Clock clock;
    private final TargetPlanner planner = new TargetPlanner();

    /**
     * @param gapWriter writes gap questions; null when no model is configured (offline, gaps are not asked)
     * @param history   every interview, for the ones practised for a saved target
     */
    public TargetService(TargetAnalyzer analyzer, TargetStore store, GapWriter gapWriter, ReviewSchedule schedule,
            Supplier<List<InterviewSummary>> history, Clock clock) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.store = Objects.requireNonNull(store, "store");
        this.gapWriter = gapWriter;
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The map of a pasted text; its checklist and note in {@code language}. */
    public TargetAnalysis analyze(String text, String language) {
        return analysis("", "", analyzer.analyze(text), language(language));
    }

    /** Saves the text under a name (replacing the text of a target of that name) and maps it. */
    public TargetAnalysis save(String name, String text, String language) {
        TargetMap map = analyzer.analyze(text);
        SavedTarget saved = store.save(name, TargetChoice.checkedText(text), clock.instant());
        return analysis(saved.id(), saved.name(), map, language(language));
    }

    /** Every saved target, the most recently changed first, with the interviews practised for it. */
    public List<SavedTargetView> list() {
        List<InterviewSummary> all = history.get();
        return store.list().stream().map(t -> view(t, all, null)).toList();
    }

    /** A saved target with its map on the current notes. */
    public SavedTargetView get(String id, String language) {
        SavedTarget target = find(id);
        return view(target, history.get(), analysis(target.id(), target.name(), analyzer.analyze(target.text()),
                language(language)));
    }

    public void delete(String id) {
        if (!store.delete(id)) {
            throw notFound(id);
        }
    }

    /** The config with its target's text and name filled in when it names a saved target by id. */
    public InterviewConfig resolve(InterviewConfig config) {
        TargetChoice choice = config.target();
        if (choice == null || choice.id().isEmpty()) {
            return config;
        }
        return config.withTarget(choice.with(find(choice.id())));
    }

    /**
     * Plans a targeted interview: cards for the covered requirements and, with a model and gaps allowed, up to a
     * third of gap questions, written now. When the model fails the interview asks from the notes only.
     */
    public TargetedPlan plan(String interviewId, InterviewConfig config, List<Card> askable, long seed) {
        TargetMap map = analyzer.analyze(config.target().text());
        boolean gaps = gapWriter != null && config.target().gaps();
        List<PlannedQuestion> planned = plan(map, config, askable, gaps, seed);
        List<String> written = List.of();
        List<String> gapRequirements = planned.stream().filter(PlannedQuestion::gap)
                .map(PlannedQuestion::requirement).toList();
        if (!gapRequirements.isEmpty()) {
            written = writeGaps(interviewId, gapRequirements, config.language());
            if (written.isEmpty()) {
                planned = plan(map, config, askable, false, seed);
            }
        }
        return toPlan(interviewId, planned, written, map, config.language());
    }

    /** Stores which requirement each question practises, once the interview exists. */
    public void savePlan(String interviewId, InterviewConfig config, TargetedPlan plan) {
        store.savePlan(interviewId, config.target().id(), plan.requirements());
    }

    /** The requirement of each question of an interview; empty for an untargeted one. */
    public List<QuestionRequirement> requirements(String interviewId) {
        return store.plan(interviewId);
    }

    /** The card of a gap question planned by some interview. */
    public Optional<Card> gapCard(String cardId) {
        if (!GapCards.isGap(cardId)) {
            return Optional.empty();
        }
        return store.gap(cardId).map(row -> GapCards.card(row, languageOf(row.gapQuestion())));
    }

    /**
     * The words that open a targeted interview: what it practises, how much of it the notes cover, and what
     * happens to the gaps (asked at the end by a model, or not asked offline).
     */
    public String intro(TargetedPlan plan, InterviewConfig config) {
        Wording words = Wording.of(config.language());
        String name = config.target().name().isBlank() ? words.text("target.thisTarget") : config.target().name();
        String intro = words.text("target.openingTargeted", Map.of("name", name,
                "covered", Integer.toString(plan.map().covered().size()),
                "total", Integer.toString(plan.map().requirements().size())));
        // Chinese sentences end with a full-width stop and need no space after it.
        String gap = config.english() ? " " : "";
        if (plan.gaps() > 0) {
            return intro + gap + words.text("target.openingGaps", Map.of("gaps", Integer.toString(plan.gaps())));
        }
        boolean skipped = !plan.map().gaps().isEmpty() && gapWriter == null;
        return skipped ? intro + gap + words.text("target.offlineGaps") : intro;
    }

    /** Whether gap questions can be asked at all: only a model writes and grades them. */
    public boolean asksGaps() {
        return gapWriter != null;
    }

    private List<PlannedQuestion> plan(TargetMap map, InterviewConfig config, List<Card> askable, boolean gaps,
            long seed) {
        TargetPlanner.Inputs inputs = new TargetPlanner.Inputs(askable, schedule.weakness(clock.instant()),
                card -> analyzer.neighbours(card, TargetPlanner.NEIGHBOURS_EACH), gaps ? config.questions() : 0);
        try {
            return planner.plan(map, config, inputs, new Random(seed));
        } catch (IllegalArgumentException e) {
            throw InterviewException.invalid(e.getMessage());
        }
    }

    private List<String> writeGaps(String interviewId, List<String> requirements, String language) {
        try {
            List<String> questions = gapWriter.questions(requirements, language);
            if (questions.size() == requirements.size() && questions.stream().noneMatch(String::isBlank)) {
                return questions;
            }
            LOG.warn("gap questions for interview {}: {} asked, {} written; asking from the notes only", interviewId,
                    requirements.size(), questions.size());
        } catch (RuntimeException e) {
            LOG.warn("gap questions for interview {} failed, asking from the notes only: {}", interviewId,
                    e.toString());
        }
        return List.of();
    }

    private static TargetedPlan toPlan(String interviewId, List<PlannedQuestion> planned, List<String> written,
            TargetMap map, String language) {
        List<Card> cards = new ArrayList<>();
        List<QuestionRequirement> rows = new ArrayList<>();
        int gap = 0;
        for (PlannedQuestion q : planned) {
            int number = rows.size() + 1;
            if (q.gap()) {
                QuestionRequirement row = new QuestionRequirement(number, GapCards.id(interviewId, number),
                        q.requirement(), q.weight(), written.get(gap++).strip());
                rows.add(row);
                cards.add(GapCards.card(row, language));
            } else {
                rows.add(new QuestionRequirement(number, q.card().id(), q.requirement(), q.weight(), ""));
                cards.add(q.card());
            }
        }
        return new TargetedPlan(cards, rows, map, gap);
    }

    private TargetAnalysis analysis(String id, String name, TargetMap map, String language) {
        String note = gapWriter == null && !map.gaps().isEmpty() ? Wording.of(language).text("target.offlineGaps")
                : "";
        return new TargetAnalysis(id, name, map.requirements(), map.coverage(), Checklist.of(map, name, language),
                gapWriter != null, note);
    }

    private SavedTargetView view(SavedTarget target, List<InterviewSummary> all, TargetAnalysis analysis) {
        Set<String> ids = Set.copyOf(store.interviewIds(target.id()));
        List<InterviewSummary> practised = all.stream().filter(i -> ids.contains(i.id()))
                .collect(Collectors.toList());
        Double last = practised.stream().filter(i -> i.score() != null).findFirst().map(InterviewSummary::score)
                .orElse(null);
        return new SavedTargetView(target.id(), target.name(), target.text(), target.createdAt(), target.updatedAt(),
                practised, last, analysis);
    }

    private SavedTarget find(String id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static InterviewException notFound(String id) {
        return new InterviewException(InterviewException.Reason.NOT_FOUND, "no saved target with id " + id);
    }

    private static String language(String language) {
        return Wording.supports(language) ? language : Wording.defaultLanguage();
    }

    // The gap card's own words (topic, reference note) follow the question the model wrote.
    private static String languageOf(String question) {
        return question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh" : "en";
    }
}
