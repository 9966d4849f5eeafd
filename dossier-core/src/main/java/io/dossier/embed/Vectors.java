package io.dossier.embed;

/** Small dense-vector helpers. */
public final class Vectors {
  private Vectors() {
  }

  public static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** The vector scaled to unit length (a zero vector stays zero). */
  public static float[] normalize(float[] v) {
    double n = Math.sqrt(dot(v, v));
    float[] out = new float[v.length];
    if (n == 0) {
      return out;
    }
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / n);
    }
    return out;
  }

  /** The unit-length mean of some vectors. */
  public static float[] centroid(Iterable<float[]> vs) {
    float[] sum = null;
    for (float[] v : vs) {
      if (sum == null) {
        sum = new float[v.length];
      }
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    }
    return sum == null ? new float[0] : normalize(sum);
  }
}
