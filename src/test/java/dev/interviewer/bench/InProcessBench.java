package dev.interviewer.bench;

import dev.interviewer.retrieval.BgeEmbedder;
import java.util.List;
import java.util.Random;

/** The figures measured inside this JVM: embeddings, search, grading and index builds, warm, with repeats. */
final class InProcessBench {
    private final BenchSettings settings;
    private final Answers answers;
    private final Results results;

    InProcessBench(BenchSettings settings, Answers answers, Results results) {
        this.settings = settings;
        this.answers = answers;
        this.results = results;
    }

    void measure() {
        BgeEmbedder embedder = new BgeEmbedder();
        List<Answers.Sample> samples = answers.all();
        Random random = new Random(3);
        results.put("embed_floor_p50_ms", Stats.time(settings.warmups(), settings.reps(),
                () -> embedder.embed(samples.get(random.nextInt(samples.size())).question())).p50());
    }

    void indexBuild() {
        throw new UnsupportedOperationException("index build needs the retrieval package");
    }
}
