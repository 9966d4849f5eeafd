package io.dossier.spark;

import io.dossier.embed.Embedder;
import io.dossier.embed.Vectors;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.pipeline.BriefConfig;
import io.dossier.pipeline.BriefPipeline;
import io.dossier.pipeline.Progress;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Step 2 of Dossier on Spark: a brief over an analysed dataset.
 *
 * <ol>
 *   <li>Retrieval, in Spark: when the dataset holds more than {@code maxDocs} documents, each
 *       candidate sentence is scored against the question (0.65 × cosine of its stored vector
 *       to the question's + 0.35 × the share of the question's content stems it contains),
 *       each document by its best sentence, and the {@code maxDocs} best documents are kept.
 *       Smaller datasets are taken whole, so the brief is the CLI's brief.</li>
 *   <li>The chosen documents and their sentences come to the driver in the CLI's order
 *       (file, then record) as the core's {@link Passages}.</li>
 *   <li>{@link BriefPipeline#analyse} (near-duplicates, question, points, quotes, timeline,
 *       actors, disputes) runs with a {@link StoredEmbedder}: the stored vectors, the model
 *       for anything missing (or, on request, the model for everything: see {@link #run}).</li>
 * </ol>
 * Not thread-safe (one run at a time per instance).
 */
public final class BriefJob {
  private final SparkSession spark;

  /** What the brief step did, besides the brief. */
  public record Result(Brief brief, long datasetDocuments, int selected, boolean retrieved, long vectorsServed,
      long vectorsComputed) {
  }

  public BriefJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * {@code embedder} is the model the dataset was embedded with (or the one to use when it has
   * no vectors). With {@code storedVectors} the brief uses the dataset's vectors (the model
   * embeds only what is missing); without, the model embeds the chosen documents' sentences
   * on the driver as the CLI does, which gives exactly the CLI's brief even with the quantised
   * ONNX model, whose vectors depend slightly on the other sentences of their batch.
   */
  public Result run(String dataset, BriefConfig config, int maxDocs, Embedder embedder, boolean storedVectors) {
    if (maxDocs < 1) {
      throw new IllegalArgumentException("--max-docs must be at least 1");
    }
    String ds = dataset.replaceAll("/+$", "");
    Dataset<Row> docs = spark.read().parquet(ds + "/documents");
    Dataset<Row> sents = spark.read().parquet(ds + "/sentences");
    long total = docs.count();
    boolean retrieve = total > maxDocs;
    Dataset<Row> chosenDocs = docs;
    Dataset<Row> chosenSents = sents;
    List<String> ids = null;
    if (retrieve) {
      if (config.question() == null) {
        throw new IllegalArgumentException("the dataset holds " + total + " documents, more than --max-docs "
            + maxDocs + ": give --question so that the relevant ones can be retrieved");
      }
      ids = retrieve(sents, config.question(), embedder, maxDocs);
      Dataset<Row> sel = spark.createDataset(ids, Encoders.STRING()).toDF("sel");
      chosenDocs = docs.join(functions.broadcast(sel), docs.col("id").equalTo(sel.col("sel"))).drop("sel");
      chosenSents = sents.join(functions.broadcast(sel), sents.col("doc").equalTo(sel.col("sel"))).drop("sel");
    }
    List<Row> docRows = new ArrayList<>(chosenDocs.collectAsList());
    docRows.sort(Comparator.<Row>comparingInt(r -> r.getAs("seq")).thenComparingInt(r -> r.getAs("record")));
    Map<String, List<Sentence>> byDoc = new HashMap<>();
    Map<String, float[]> vectors = new HashMap<>();
    for (Row r : chosenSents.collectAsList()) {
      Sentence s = Rows.sentence(r);
      byDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
      float[] v = Rows.embedding(r);
      if (storedVectors && v != null && embedder.name().equals(r.getAs("model"))) {
        vectors.putIfAbsent(r.getAs("text"), v);
      }
    }
    List<Passages> passages = new ArrayList<>();
    for (Row r : docRows) {
      Page page = Rows.page(r);
      List<Sentence> ss = byDoc.getOrDefault(page.id(), new ArrayList<>());
      ss.sort(Comparator.comparingInt(Sentence::index));
      passages.add(new Passages(page, ss));
    }
    StoredEmbedder stored = new StoredEmbedder(vectors, embedder);
    Brief brief = new BriefPipeline(config, stored).analyse(passages, Progress.NONE);
    return new Result(brief, total, passages.size(), retrieve, stored.hits(), stored.misses());
  }

  /** The ids of the {@code maxDocs} documents whose best candidate sentence matches the question best. */
  private List<String> retrieve(Dataset<Row> sents, String question, Embedder embedder, int maxDocs) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Set<String> stems = Words.contentStemSet(question);
    Broadcast<Set<String>> qStems = jsc.broadcast(new java.util.HashSet<>(stems));
    Broadcast<float[]> qVec = jsc.broadcast(embedder.embedQuery(question));
    String model = embedder.name();
    JavaPairRDD<String, Double> best = sents.filter(functions.col("candidate"))
        .select("doc", "text", "embedding", "model").javaRDD()
        .mapToPair(r -> {
          Set<String> q = qStems.value();
          double lex = 0;
          if (!q.isEmpty()) {
            Set<String> s = Words.contentStemSet(r.getString(1));
            int n = 0;
            for (String w : q) {
              n += s.contains(w) ? 1 : 0;
            }
            lex = n / (double) q.size();
          }
          double cos = 0;
          if (!r.isNullAt(2) && model.equals(r.getString(3))) {
            cos = Vectors.dot(qVec.value(), Rows.embedding(r));
          }
          return new Tuple2<>(r.getString(0), 0.65 * cos + 0.35 * lex);
        })
        .reduceByKey(Math::max);
    List<Tuple2<String, Double>> top = best.takeOrdered(maxDocs, new ByScore());
    LinkedHashMap<String, Double> out = new LinkedHashMap<>();
    for (Tuple2<String, Double> t : top) {
      out.put(t._1(), t._2());
    }
    return new ArrayList<>(out.keySet());
  }

  /** Best score first, then id (a total order, so the choice is deterministic). */
  static final class ByScore implements Comparator<Tuple2<String, Double>>, java.io.Serializable {
    @Override
    public int compare(Tuple2<String, Double> a, Tuple2<String, Double> b) {
      int c = Double.compare(b._2(), a._2());
      return c != 0 ? c : a._1().compareTo(b._1());
    }
  }
}
