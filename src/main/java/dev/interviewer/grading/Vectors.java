package dev.interviewer.grading;

import java.util.List;

/** Small vector arithmetic over unit-length embeddings. */
final class Vectors {
    private Vectors() {
    }

    /** The cosine of two unit vectors; 0 when either is missing. */
    static double cosine(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The normalised mean of unit vectors: a cheap embedding of the whole answer from its clauses. */
    static float[] centroid(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return null;
        }
        float[] mean = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        double norm = Math.sqrt(cosine(mean, mean));
        if (norm == 0) {
            return mean;
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= (float) norm;
        }
        return mean;
    }
}
