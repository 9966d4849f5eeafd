package io.dossier.embed;

import java.util.List;

/** Padding token ids into a rectangular batch, and pooling the model's output. Pure functions. */
record Batch(long[] ids, long[] mask) {

  /** Row-major {@code [rows, width]} ids padded with 0 and the matching attention mask. */
  static Batch pad(List<long[]> rows, int width) {
    long[] ids = new long[rows.size() * width];
    long[] mask = new long[rows.size() * width];
    for (int r = 0; r < rows.size(); r++) {
      long[] row = rows.get(r);
      for (int c = 0; c < row.length && c < width; c++) {
        ids[r * width + c] = row[c];
        mask[r * width + c] = 1;
      }
    }
    return new Batch(ids, mask);
  }

  /** The unit-length first-token ([CLS]) vector of each row of {@code [rows, tokens, dim]}. */
  static float[][] clsPool(float[][][] hidden) {
    float[][] out = new float[hidden.length][];
    for (int i = 0; i < hidden.length; i++) {
      out[i] = Vectors.normalize(hidden[i][0]);
    }
    return out;
  }
}
