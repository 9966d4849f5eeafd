package io.dossier.group;

import io.dossier.embed.Embedder;
import io.dossier.embed.Vectors;
import io.dossier.model.Passages;
import io.dossier.model.Point;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Finds the points that answer a question across documents.
 *
 * <ol>
 *   <li>Candidates: the non-heading sentences of the independent documents.</li>
 *   <li>Relevance: BM25 against the question's terms, cosine to the question's embedding, and
 *       for "why" questions the marks of an explanation.</li>
 *   <li>The most relevant sentences are split into the other side's (concession, denial, a
 *       right asserted, a threat negated) and the rest, and each set is grouped by
 *       average-linkage clustering of embeddings.</li>
 *   <li>Each group becomes a point: a noun-phrase label, its sources, and each source's best
 *       sentence (relevance times closeness to the group's centre), best first. Points rank
 *       by the number of independent sources, then by relevance.</li>
 *   <li>The summary takes the best sentence of the top points, skipping near-repeats and
 *       sentences that lean on the one before them.</li>
 * </ol>
 *
 * Thread-safe if the embedder is; deterministic for a given input.
 */
public final class PointFinder {
  /** How much of its relevance a framing sentence keeps: it may still be evidence, rarely the best. */
  private static final double FRAMING_PENALTY = 0.55;
  /** How far above the pool's usual pair (in SDs of embedding cosine) two groups must be to merge. */
  private static final double MERGE_SD = 2.0;
  /** The same for two groups whose labels share a head noun: the shared head is evidence too. */
  private static final double SAME_HEAD_SD = 1.0;
  /** How close (in SDs above the pool's usual pair) a member must be to the rest of its group. */
  private static final double STRAY_SD = 0.25;
  private final Embedder embedder;
  private final PointSettings settings;

  /** Loads the tagger and chunker now, so that a caller can overlap the load with reading. */
  public static void warmUp() {
    Phrases.warmUp();
  }

  /**
   * Tags the document's sentences now (kept per sentence by the tagger's memo), so that a later
   * brief that labels or seeds points from them does not wait for the tagger. For a store that
   * briefs the same documents again and again; a pure cache fill, safe from any thread.
   */
  public static void warmUp(Passages doc) {
    for (Sentence s : doc.sentences()) {
      if (!s.heading()) {
        Phrases.of(doc.text(s));
      }
    }
  }

  public PointFinder(Embedder embedder, PointSettings settings) {
    this.embedder = embedder;
    this.settings = settings;
  }

  /**
   * @param docs the independent, readable documents (duplicates already left out)
   * @param progress told the number of sentences embedded so far
   */
  public Analysis find(String question, List<Passages> docs, IntConsumer progress) {
    return find(question, docs, progress, stage -> { });
  }

  /** As above; {@code stages} is told when grouping starts (after embedding). */
  public Analysis find(String question, List<Passages> docs, IntConsumer progress,
      java.util.function.Consumer<String> stages) {
    Set<String> qStems = Lexical.questionStems(question);
    boolean why = Cues.asksWhy(question);
    List<Passages> owner = new ArrayList<>();
    List<Sentence> sents = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<List<String>> stems = new ArrayList<>();
    for (Passages d : docs) {
      List<String> removed = removedTexts(d);
      for (Sentence s : d.sentences()) {
        String t = d.text(s);
        if (s.heading() || t.endsWith("?")) {
          continue; // headings and questions ask; they do not answer
        }
        int words = Words.count(t);
        if (words < 6 || words > 90 || repeatsRemoved(t, removed) || stutters(t)) {
          continue;
        }
        owner.add(d);
        sents.add(s);
        texts.add(t);
        stems.add(Words.contentStems(t));
      }
    }
    if (sents.isEmpty()) {
      return new Analysis(List.of(), List.of(), List.of(), 0, 0);
    }
    double[] lex = Lexical.scores(qStems, stems);
    double[] explain = new double[sents.size()];
    for (int i = 0; i < explain.length; i++) {
      explain[i] = why ? Cues.explanation(texts.get(i)) : 0;
    }
    List<Integer> toEmbed = prefilter(lex, explain, owner);
    if (toEmbed.isEmpty()) {
      return new Analysis(List.of(), List.of(), List.of(), sents.size(), 0);
    }
    List<String> embedTexts = new ArrayList<>();
    for (int i : toEmbed) {
      embedTexts.add(texts.get(i));
    }
    float[][] vecs = embedInBatches(embedTexts, progress);
    float[] q = embedder.embedQuery(question);
    double[] sem = new double[toEmbed.size()];
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int k = 0; k < sem.length; k++) {
      sem[k] = Vectors.dot(q, vecs[k]);
      min = Math.min(min, sem[k]);
      max = Math.max(max, sem[k]);
    }
    List<Candidate> cands = new ArrayList<>();
    for (int k = 0; k < sem.length; k++) {
      int i = toEmbed.get(k);
      double semN = max > min ? (sem[k] - min) / (max - min) : 0.5;
      double rel = why ? 0.45 * semN + 0.20 * lex[i] + 0.35 * explain[i] : 0.65 * semN + 0.35 * lex[i];
      if (Cues.framing(texts.get(i))) {
        rel *= FRAMING_PENALTY; // it restates the question instead of answering it
      }
      boolean counter = Cues.counter(texts.get(i)) >= 1.0;
      cands.add(new Candidate(owner.get(i), sents.get(i), texts.get(i), lex[i], semN, rel, vecs[k], counter));
    }
    stages.accept("group");
    List<Candidate> chosen = choose(cands, 0.35, 0.6);
    List<Candidate> pro = chosen.stream().filter(c -> !c.counter()).toList();
    // The other side argues against the question's premise, so it matches the question less
    // well than the answers do: it is drawn from a wider pool.
    List<Candidate> con = choose(cands, 0.2, 1.0).stream().filter(Candidate::counter).toList();
    List<Group> seeded = seeded(pro, qStems);
    java.util.Set<Candidate> inSeeds = new java.util.HashSet<>();
    for (Group g : seeded) {
      inSeeds.addAll(g.members);
    }
    List<Group> proGroups = group(pro.stream().filter(c -> !inSeeds.contains(c)).toList(), qStems);
    List<Group> conGroups = group(con, qStems);
    proGroups = mergeClose(proGroups, pro);
    conGroups = mergeClose(conGroups, con);
    labelAll(qStems, proGroups, conGroups);
    List<Group> mergedPro = mergeSameHead(proGroups, pro);
    List<Group> mergedCon = mergeSameHead(conGroups, con);
    if (mergedPro.size() < proGroups.size() || mergedCon.size() < conGroups.size()) {
      proGroups = mergedPro;
      conGroups = mergedCon;
      labelAll(qStems, proGroups, conGroups);
    }
    List<Group> allPro = new ArrayList<>(seeded);
    allPro.addAll(proGroups);
    // seeded and clustered groups can name one point twice ("Russia's security", "security
    // and influence"): the same closeness test joins them
    proGroups = mergeClose(allPro, pro);
    proGroups = trimStrays(proGroups, pro);
    conGroups = trimStrays(conGroups, con);
    List<Group> rankedPro = rank(proGroups, 0.5, why);
    List<Point> keyPoints = toPoints(rankedPro, settings.maxKeyPoints());
    List<Point> counterPoints = toPoints(rank(conGroups, 0.3, false), settings.maxCounterPoints());
    List<Span> summary = summarize(rankedPro);
    return new Analysis(keyPoints, counterPoints, summary, sents.size(), toEmbed.size());
  }

  /** The texts the cleaner removed from a page (12 characters or more: shorter ones are words). */
  private static List<String> removedTexts(Passages d) {
    List<String> out = new ArrayList<>();
    for (var r : d.page().removed()) {
      String t = d.page().text().substring(r.start(), r.end()).strip();
      if (t.length() >= 12) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Quirk: a page can repeat a line that the cleaner removed in one place (a lead repeated as
   * a caption, a line repeated across pages) and kept in another; evidence never shows text
   * the brief says was removed, so such sentences are not candidates.
   */
  private static boolean repeatsRemoved(String sentence, List<String> removed) {
    for (String r : removed) {
      if (sentence.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Quirk: dumps whose headline runs into the first paragraph with no line break ("BP shares
   * blame BP shares blame Oil company BP says ...") give a "sentence" that says its first words
   * twice in a row; it is page furniture glued to prose, never good evidence.
   */
  static boolean stutters(String sentence) {
    String[] w = sentence.toLowerCase(java.util.Locale.ROOT).split("\\W+");
    for (int len = 3; len * 2 <= w.length; len++) {
      for (int i = 0; i + 2 * len <= w.length; i++) {
        boolean same = true;
        for (int k = 0; k < len && same; k++) {
          same = !w[i + k].isEmpty() && w[i + k].equals(w[i + len + k]);
        }
        if (same) {
          return true;
        }
      }
    }
    return false;
  }

  /** Indexes of the sentences worth embedding: all of them, or the lexically best when too many. */
  private List<Integer> prefilter(double[] lex, double[] explain, List<Passages> owner) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < lex.length; i++) {
      idx.add(i);
    }
    if (idx.size() <= settings.maxEmbedded()) {
      return idx;
    }
    // Quirk: on big piles most sentences never mention the question's terms; embedding them
    // all costs minutes. Keep each document's best few (so every source can speak), then the
    // best of the rest, by lexical score.
    Map<Passages, List<Integer>> perDoc = new LinkedHashMap<>();
    for (int i : idx) {
      perDoc.computeIfAbsent(owner.get(i), k -> new ArrayList<>()).add(i);
    }
    Comparator<Integer> byLex = Comparator.<Integer>comparingDouble(i -> -(lex[i] + 0.3 * explain[i]))
        .thenComparingInt(i -> i);
    java.util.TreeSet<Integer> keep = new java.util.TreeSet<>();
    int perDocQuota = Math.max(1, settings.maxEmbedded() / (2 * Math.max(1, perDoc.size())));
    for (List<Integer> l : perDoc.values()) {
      l.stream().filter(i -> lex[i] > 0).sorted(byLex).limit(perDocQuota).forEach(keep::add);
    }
    idx.stream().filter(i -> lex[i] > 0 && !keep.contains(i)).sorted(byLex)
        .limit(Math.max(0, settings.maxEmbedded() - keep.size())).forEach(keep::add);
    return new ArrayList<>(keep);
  }

  private float[][] embedInBatches(List<String> texts, IntConsumer progress) {
    float[][] out = new float[texts.size()][];
    int batch = 256;
    for (int from = 0; from < texts.size(); from += batch) {
      int to = Math.min(texts.size(), from + batch);
      float[][] part = embedder.embed(texts.subList(from, to));
      System.arraycopy(part, 0, out, from, part.length);
      progress.accept(to);
    }
    return out;
  }

  /** The sentences relevant enough to group: the upper part of the relevance range. */
  private List<Candidate> choose(List<Candidate> cands, double floor, double share) {
    if (cands.isEmpty()) {
      return List.of();
    }
    List<Candidate> sorted = new ArrayList<>(cands);
    sorted.sort(Comparator.comparingDouble(Candidate::relevance).reversed()
        .thenComparing(c -> c.docId()).thenComparingInt(c -> c.sentence().start()));
    double top = sorted.get(0).relevance();
    int limit = Math.min(settings.maxGrouped(), Math.max(12, (int) Math.ceil(sorted.size() * share)));
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : sorted) {
      if (out.size() >= limit || c.relevance() < floor * top) {
        break;
      }
      out.add(c);
    }
    return out;
  }

  private static final class Group {
    final List<Candidate> members;
    final float[] centroid;
    String label;

    Group(List<Candidate> members) {
      this.members = members;
      List<float[]> vs = new ArrayList<>();
      for (Candidate c : members) {
        vs.add(c.vector());
      }
      this.centroid = Vectors.centroid(vs);
    }

    /** Each source's best sentence, best first. */
    List<Candidate> evidence() {
      Map<String, Candidate> best = new LinkedHashMap<>();
      Map<String, Double> score = new HashMap<>();
      for (Candidate c : members) {
        double s = score(c);
        if (!best.containsKey(c.docId()) || s > score.get(c.docId())) {
          best.put(c.docId(), c);
          score.put(c.docId(), s);
        }
      }
      List<Candidate> out = new ArrayList<>(best.values());
      out.sort(Comparator.comparingDouble((Candidate c) -> -score.get(c.docId()))
          .thenComparing(Candidate::docId));
      return out;
    }

    double score(Candidate c) {
      return c.relevance() + 0.5 * Vectors.dot(c.vector(), centroid);
    }

    int sources() {
      return (int) members.stream().map(Candidate::docId).distinct().count();
    }

    double meanRelevance() {
      List<Candidate> ev = evidence();
      double s = 0;
      for (Candidate c : ev) {
        s += c.relevance();
      }
      return ev.isEmpty() ? 0 : s / ev.size();
    }

    boolean explains() {
      for (Candidate c : members) {
        if (Cues.explanation(c.text()) > 0) {
          return true;
        }
      }
      return false;
    }

    /** The relevance of the group's most relevant sentence: a weak member does not sink a point. */
    double topRelevance() {
      double best = 0;
      for (Candidate c : members) {
        best = Math.max(best, c.relevance());
      }
      return best;
    }

    double strength() {
      double s = 0;
      for (Candidate c : evidence()) {
        s += c.relevance();
      }
      return s;
    }
  }

  private List<Group> group(List<Candidate> cands, Set<String> qStems) {
    if (cands.isEmpty()) {
      return List.of();
    }
    List<Map<String, Double>> terms = termVectors(cands, qStems);
    int n = cands.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = 0.4 * Vectors.dot(cands.get(i).vector(), cands.get(j).vector())
            + 0.6 * cosine(terms.get(i), terms.get(j));
        sim[j][i] = sim[i][j];
      }
    }
    standardize(sim);
    List<Group> out = new ArrayList<>();
    for (List<Integer> c : Clusterer.cluster(sim, settings.clusterThreshold())) {
      List<Candidate> members = new ArrayList<>();
      for (int i : c) {
        members.add(cands.get(i));
      }
      out.add(new Group(members));
    }
    return out;
  }

  /**
   * Rewrites similarities as z-scores over all pairs. How alike two sentences on one topic
   * are depends on the topic and the pile (every sentence about NATO resembles every other);
   * what marks two sentences as making the same point is being far more alike than the
   * pile's usual pair, so the grouping threshold is in standard deviations.
   */
  private static void standardize(double[][] sim) {
    int n = sim.length;
    if (n < 3) {
      return;
    }
    double sum = 0;
    double sq = 0;
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sum += sim[i][j];
        sq += sim[i][j] * sim[i][j];
        pairs++;
      }
    }
    double mean = sum / pairs;
    double sd = Math.sqrt(Math.max(1e-12, sq / pairs - mean * mean));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sim[i][j] = i == j ? 0 : (sim[i][j] - mean) / sd;
      }
    }
  }

  /**
   * TF-IDF vectors of the candidates' content stems, without the question's own words: the
   * words a reason is named by ("buffer", "sphere", "democracy") carry the grouping, the
   * words every sentence shares do not.
   */
  private static List<Map<String, Double>> termVectors(List<Candidate> cands, Set<String> qStems) {
    List<List<String>> stems = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Candidate c : cands) {
      List<String> st = new ArrayList<>(Words.contentStems(c.text()));
      st.removeAll(qStems);
      stems.add(st);
      for (String t : new java.util.HashSet<>(st)) {
        df.merge(t, 1, Integer::sum);
      }
    }
    List<Map<String, Double>> out = new ArrayList<>();
    int n = cands.size();
    for (List<String> st : stems) {
      Map<String, Double> v = new HashMap<>();
      for (String t : st) {
        v.merge(t, Math.log(1.0 + n / (double) df.get(t)), Double::sum);
      }
      double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
      if (norm > 0) {
        v.replaceAll((k, x) -> x / norm);
      }
      out.add(v);
    }
    return out;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      return cosine(b, a);
    }
    double s = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double o = b.get(e.getKey());
      if (o != null) {
        s += e.getValue() * o;
      }
    }
    return s;
  }

  /**
   * Groups ranked by independent sources, then by the relevance of their evidence. A group
   * whose best sentence is much less relevant than the best group's (a side remark that
   * several sources happen to share) is left out.
   */
  private static List<Group> rank(List<Group> groups, double relativeFloor, boolean why) {
    boolean corroborated = groups.stream().anyMatch(g -> g.sources() > 1);
    // Quirk: on a small pile one source's single, very relevant sentence ("Cities ... start
    // with pollution") sets a bar that the points several sources make cannot reach; the bar
    // is set by the corroborated points when there are any.
    double best = 0;
    double bestAny = 0;
    for (Group g : groups) {
      bestAny = Math.max(bestAny, g.topRelevance());
      if (g.sources() > 1 || !corroborated) {
        best = Math.max(best, g.topRelevance());
      }
    }
    double floor = relativeFloor * best;
    // A point only one source makes must be nearly as relevant as the best point to be listed:
    // corroboration is what ranks points, so an uncorroborated one has to earn its place.
    double single = Math.max(floor, 0.75 * bestAny);
    List<Group> out = new ArrayList<>(groups.stream()
        .filter(g -> g.topRelevance() >= (g.sources() > 1 || !corroborated ? floor : single)).toList());
    // For a "why" question, a group none of whose sentences gives a reason (no cause, fear,
    // aim or view: "the situation remains precarious") is background, listed after the reasons
    // however many sources share it.
    out.sort(Comparator.comparingInt((Group g) -> why && !g.explains() ? 1 : 0)
        .thenComparingInt((Group g) -> -g.sources())
        .thenComparingDouble(g -> -g.strength())
        .thenComparing(g -> g.members.get(0).docId())
        .thenComparingInt(g -> g.members.get(0).sentence().start()));
    return out;
  }

  /**
   * Points that several sources name with the same phrase: each seed phrase takes the
   * sentences that hold its words (a sentence goes to the first, strongest seed).
   */
  private List<Group> seeded(List<Candidate> pro, Set<String> qStems) {
    List<String> texts = new ArrayList<>();
    List<String> docs = new ArrayList<>();
    for (Candidate c : pro) {
      texts.add(c.text());
      docs.add(c.docId());
    }
    List<Group> out = new ArrayList<>();
    double[] meanSd = pairStats(pro);
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (SeedPhrases.Seed seed : new SeedPhrases(qStems).find(texts, docs, settings.maxKeyPoints())) {
      // Shared words by coincidence ("petrol cars" / "car dealerships and a petrol station"):
      // a seed's sentences must also be alike in meaning, well above the pile's usual pair.
      List<Candidate> all = new ArrayList<>();
      for (int i : seed.members()) {
        all.add(pro.get(i));
      }
      if (pairStats(all)[0] < meanSd[0] + 0.75 * meanSd[1]) {
        continue;
      }
      List<Candidate> members = new ArrayList<>();
      java.util.Set<String> srcs = new java.util.HashSet<>();
      for (int i : seed.members()) {
        if (taken.add(i)) {
          members.add(pro.get(i));
          srcs.add(pro.get(i).docId());
        }
      }
      if (srcs.size() >= 2) {
        Group g = new Group(members);
        g.label = seed.label();
        out.add(g);
      } else {
        for (Candidate c : members) {
          taken.remove(pro.indexOf(c));
        }
      }
    }
    return out;
  }

  /**
   * Joins groups that mean the same thing in different words ("nitrogen dioxide", "traffic
   * fumes", "dirty air"): the clustering leans on distinctive terms, so synonyms split a
   * point; two groups whose sentences are, on average, far more alike in meaning than the
   * pool's usual pair (in standard deviations of the embedding cosine) become one.
   */
  private static List<Group> mergeClose(List<Group> groups, List<Candidate> pool) {
    double[] ms = pairStats(pool);
    if (ms[1] <= 0) {
      return groups;
    }
    List<Group> out = new ArrayList<>(groups);
    while (out.size() > 1) {
      int bi = -1;
      int bj = -1;
      double best = -Double.MAX_VALUE;
      for (int i = 0; i < out.size(); i++) {
        for (int j = i + 1; j < out.size(); j++) {
          double z = (meanCosine(out.get(i), out.get(j)) - ms[0]) / ms[1];
          if (z > best) {
            best = z;
            bi = i;
            bj = j;
          }
        }
      }
      if (best < MERGE_SD) {
        break;
      }
      List<Candidate> members = new ArrayList<>(out.get(bi).members);
      members.addAll(out.get(bj).members);
      Group merged = new Group(members);
      // the name of the part more sources make: a seed's phrase, or a label given already
      merged.label = out.get(bi).sources() >= out.get(bj).sources() ? out.get(bi).label : out.get(bj).label;
      out.set(bi, merged);
      out.remove(bj);
    }
    return out;
  }

  /**
   * Drops from each group of three or more the sentences that are no closer to the rest of
   * their group than the pool's usual pair (z below {@link #STRAY_SD}): a phrase two sentences
   * happen to share, or a long chain of average links, brings in strays that would be shown as
   * a source making the point. A group left with fewer than two members keeps its best one.
   */
  private static List<Group> trimStrays(List<Group> groups, List<Candidate> pool) {
    double[] ms = pairStats(pool);
    if (ms[1] <= 0) {
      return groups;
    }
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.members.size() < 3) {
        out.add(g);
        continue;
      }
      List<Candidate> kept = new ArrayList<>();
      for (Candidate c : g.members) {
        double s = 0;
        for (Candidate o : g.members) {
          if (o != c) {
            s += Vectors.dot(o.vector(), c.vector());
          }
        }
        double z = (s / (g.members.size() - 1) - ms[0]) / ms[1];
        if (z >= STRAY_SD) {
          kept.add(c);
        }
      }
      if (kept.size() == g.members.size()) {
        out.add(g);
        continue;
      }
      if (kept.isEmpty()) {
        kept.add(g.members.stream().max(Comparator.comparingDouble(Candidate::relevance)).orElseThrow());
      }
      Group t = new Group(kept);
      t.label = g.label;
      out.add(t);
    }
    return out;
  }

  private static double meanCosine(Group a, Group b) {
    double s = 0;
    for (Candidate x : a.members) {
      for (Candidate y : b.members) {
        s += Vectors.dot(x.vector(), y.vector());
      }
    }
    return s / (a.members.size() * (double) b.members.size());
  }

  /** Mean and standard deviation of the embedding cosine over all pairs of candidates. */
  private static double[] pairStats(List<Candidate> cs) {
    double sum = 0;
    double sq = 0;
    long n = 0;
    for (int i = 0; i < cs.size(); i++) {
      for (int j = i + 1; j < cs.size(); j++) {
        double d = Vectors.dot(cs.get(i).vector(), cs.get(j).vector());
        sum += d;
        sq += d * d;
        n++;
      }
    }
    if (n == 0) {
      return new double[] {0, 0};
    }
    double mean = sum / n;
    return new double[] {mean, Math.sqrt(Math.max(0, sq / n - mean * mean))};
  }

  private static void labelAll(Set<String> qStems, List<Group> pro, List<Group> con) {
    List<Group> all = new ArrayList<>(pro);
    all.addAll(con);
    List<String> labels = label(qStems, all);
    for (int g = 0; g < all.size(); g++) {
      all.get(g).label = labels.get(g);
    }
  }

  /**
   * Two groups whose labels end in the same head noun ("Russia's security", "national
   * security") and whose sentences are closer in meaning than the pool's usual pair make one
   * point: clustering split them on wording, the reader would not. (Centroids of on-topic
   * groups are all close in absolute terms, so closeness is measured against the pool.)
   */
  private static List<Group> mergeSameHead(List<Group> groups, List<Candidate> pool) {
    double[] ms = pairStats(pool);
    List<Group> out = new ArrayList<>(groups);
    boolean merged = true;
    while (merged) {
      merged = false;
      outer:
      for (int i = 0; i < out.size(); i++) {
        for (int j = i + 1; j < out.size(); j++) {
          Group a = out.get(i);
          Group b = out.get(j);
          if (head(a.label).equals(head(b.label)) && !head(a.label).isEmpty()
              && (meanCosine(a, b) - ms[0]) >= SAME_HEAD_SD * ms[1]) {
            List<Candidate> members = new ArrayList<>(a.members);
            members.addAll(b.members);
            out.set(i, new Group(members));
            out.remove(j);
            merged = true;
            break outer;
          }
        }
      }
    }
    return out;
  }

  private static String head(String label) {
    List<String> stems = Words.contentStems(label == null ? "" : label);
    return stems.isEmpty() ? "" : stems.get(stems.size() - 1);
  }

  private static List<String> label(Set<String> qStems, List<Group> groups) {
    List<List<String[]>> in = new ArrayList<>();
    for (Group g : groups) {
      List<String[]> members = new ArrayList<>();
      for (Candidate c : g.members) {
        members.add(new String[] {c.docId(), c.text()});
      }
      in.add(members);
    }
    return new Labeler(qStems).label(in);
  }

  private List<Point> toPoints(List<Group> ranked, int max) {
    List<Point> out = new ArrayList<>();
    for (Group g : ranked) {
      if (out.size() >= max) {
        break;
      }
      List<Span> evidence = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (Candidate c : g.evidence()) {
        if (evidence.size() >= settings.maxEvidencePerPoint()) {
          break;
        }
        evidence.add(c.span());
        sources.add(c.docId());
      }
      out.add(new Point(g.label, sources, evidence));
    }
    return out;
  }

  /**
   * One sentence per top point: its best evidence that stands alone and is not a near-repeat
   * of a sentence already taken, preferring a source the summary has not quoted yet.
   */
  private List<Span> summarize(List<Group> ranked) {
    List<Candidate> picked = new ArrayList<>();
    java.util.Set<String> usedDocs = new java.util.HashSet<>();
    for (Group g : ranked) {
      if (picked.size() >= settings.summarySentences()) {
        break;
      }
      Candidate choice = null;
      for (Candidate c : g.evidence()) {
        if (!Cues.standsAlone(c.text()) || repeats(c, picked)) {
          continue;
        }
        if (choice == null) {
          choice = c;
        }
        if (!usedDocs.contains(c.docId())) {
          choice = c;
          break;
        }
      }
      if (choice != null) {
        picked.add(choice);
        usedDocs.add(choice.docId());
      }
    }
    List<Span> out = new ArrayList<>();
    for (Candidate c : picked) {
      out.add(c.span());
    }
    return out;
  }

  private static boolean repeats(Candidate c, List<Candidate> picked) {
    for (Candidate p : picked) {
      if (Vectors.dot(p.vector(), c.vector()) > 0.85) {
        return true;
      }
    }
    return false;
  }
}
