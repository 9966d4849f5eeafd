package io.dossier.group;

import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds documents that are near-copies of an earlier one (syndicated wire copy, the same
 * article saved twice): MinHash over 5-word shingles of the kept text, then exact Jaccard
 * estimates for every pair. A page whose estimated resemblance to an earlier page is at
 * least {@code threshold} maps to that page. Pure function of its input.
 */
public final class NearDuplicates {
  private static final int HASHES = 128;
  private static final int SHINGLE = 5;
  private final double threshold;

  public NearDuplicates(double threshold) {
    this.threshold = threshold;
  }

  /** For each page id that duplicates an earlier page, the id of that earlier page. */
  public Map<String, String> find(List<Page> pages) {
    List<int[]> sigs = new ArrayList<>();
    for (Page p : pages) {
      sigs.add(p.readable() ? signature(p) : null);
    }
    Map<String, String> out = new HashMap<>();
    for (int j = 0; j < pages.size(); j++) {
      if (sigs.get(j) == null) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        if (sigs.get(i) == null || out.containsKey(pages.get(i).id())) {
          continue;
        }
        if (resemblance(sigs.get(i), sigs.get(j)) >= threshold) {
          out.put(pages.get(j).id(), pages.get(i).id());
          break;
        }
      }
    }
    return out;
  }

  static int[] signature(Page p) {
    List<String> words = new ArrayList<>();
    for (CharSpan k : p.kept()) {
      for (CharSpan w : Words.spans(p.text(), k.start(), k.end())) {
        words.add(Words.normalize(w.of(p.text())));
      }
    }
    if (words.size() < SHINGLE) {
      return null;
    }
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      int h = String.join(" ", words.subList(i, i + SHINGLE)).hashCode();
      for (int k = 0; k < HASHES; k++) {
        int v = mix(h, k);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  private static int mix(int h, int k) {
    int x = h * 0x9E3779B1 + k * 0x85EBCA6B;
    x ^= x >>> 16;
    x *= 0x7FEB352D;
    x ^= x >>> 15;
    x *= 0x846CA68B;
    x ^= x >>> 16;
    return x & 0x7fffffff;
  }

  static double resemblance(int[] a, int[] b) {
    int same = 0;
    for (int k = 0; k < HASHES; k++) {
      if (a[k] == b[k]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

}
