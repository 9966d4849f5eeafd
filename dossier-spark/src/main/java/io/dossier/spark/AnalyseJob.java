package io.dossier.spark;

import io.dossier.clean.CorpusStats;
import io.dossier.embed.Embedder;
import io.dossier.ingest.ContentKind;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.pipeline.DocumentReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Step 1 of Dossier on Spark: the per-document stages over any number of files.
 *
 * <ol>
 *   <li>The driver lists the inputs ({@link InputListing}: the CLI's ids and order).</li>
 *   <li>Pass 1 (only with {@code lineStats}): every executor reads its files and emits the
 *       distinct normalised lines of each text dump; they are counted across the corpus
 *       (lines in one document only are dropped), collected and broadcast: the
 *       {@link CorpusStats} the CLI computes in memory.</li>
 *   <li>Pass 2: every executor reads its files again and, per document, cleans, segments and
 *       embeds ({@link EmbedMode}) with the one model session of its JVM
 *       ({@link Embedders}), in chunks so the model sees full batches.</li>
 *   <li>The result is written as Parquet ({@code documents/}, {@code sentences/}; see
 *       {@link Rows}) and a {@link JobReport} ({@code report.json}).</li>
 * </ol>
 *
 * A bad file or record never fails the job: the core turns it into a document with an error,
 * and any exception past that is caught here and becomes one too. Not thread-safe (one run
 * at a time per instance).
 */
public final class AnalyseJob {
  /** Documents and wanted sentences per embedding chunk on an executor. */
  static final int CHUNK_DOCS = 64;
  static final int CHUNK_SENTENCES = 512;
  private static final String DOCS_KEY = "\u0000documents";
  private static final Map<Long, CorpusStats> STATS = new ConcurrentHashMap<>();

  private final SparkSession spark;

  public AnalyseJob(SparkSession spark) {
    this.spark = spark;
  }

  public JobReport run(AnalyseSettings settings) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    List<InputFile> files = new InputListing(hadoop).list(settings.inputs());
    if (settings.limit() > 0 && files.size() > settings.limit()) {
      files = new ArrayList<>(files.subList(0, settings.limit()));
    }
    int slices = settings.partitions() > 0 ? settings.partitions()
        : Math.max(1, Math.min(files.size(), Math.max(jsc.defaultParallelism() * 4, files.size() / 32)));
    JavaRDD<InputFile> rdd = jsc.parallelize(files, slices);
    Broadcast<SerializableConfiguration> conf = jsc.broadcast(new SerializableConfiguration(hadoop));

    long t1 = System.nanoTime();
    Map<String, Integer> counts = new HashMap<>();
    int textDocs = 0;
    if (settings.lineStats()) {
      Map<String, Integer> all = rdd.mapPartitionsToPair(it -> lineKeys(it, settings, conf.value().value()))
          .reduceByKey(Integer::sum)
          .filter(t -> t._2() >= 2 || t._1().equals(DOCS_KEY))
          .collectAsMap();
      counts.putAll(all);
      Integer n = counts.remove(DOCS_KEY);
      textDocs = n == null ? 0 : n;
    }
    Broadcast<HashMap<String, Integer>> lines = jsc.broadcast(new HashMap<>(counts));
    final int documents = textDocs;
    long t2 = System.nanoTime();

    LongAccumulator embedFailures = jsc.sc().longAccumulator("dossier embedding failures");
    JavaRDD<Row> analysed = rdd.mapPartitions(it -> new Analyser(it, settings, conf.value().value(),
        stats(lines, documents), embedFailures));
    Dataset<Row> df = spark.createDataFrame(analysed, Rows.ANALYSED).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      String out = settings.out().replaceAll("/+$", "");
      df.drop("sentences").write().mode(SaveMode.Overwrite).parquet(out + "/documents");
      long tDocs = System.nanoTime();
      df.select(functions.explode(df.col("sentences")).as("s")).select("s.*")
          .write().mode(SaveMode.Overwrite).parquet(out + "/sentences");
      long t3 = System.nanoTime();
      // Only counts and the problem documents come to the driver, never one row per document.
      long documentCount = df.count();
      Map<String, Long> byCategory = new java.util.TreeMap<>(df.filter(df.col("error").isNotNull())
          .select("error").javaRDD().map(r -> JobReport.category(r.getString(0))).countByValue());
      Dataset<Row> small = df.select("seq", "record", "id", "source", "error", "flags", "warcOffset");
      List<Row> problems = small.filter(small.col("error").isNotNull()).orderBy("seq", "record")
          .limit(JobReport.LISTED).collectAsList();
      List<Row> warnings = small.filter(small.col("error").isNull()
              .and(functions.array_contains(small.col("flags"), "decode-errors")))
          .orderBy("seq", "record").limit(JobReport.LISTED).collectAsList();
      Row sentenceCounts = df.select(functions.explode(df.col("sentences")).as("s"))
          .agg(functions.count(functions.lit(1)), functions.count(functions.col("s.embedding"))).first();
      return JobReport.of(settings, spark.sparkContext().master(), files.size(), slices, documentCount, byCategory,
          problems, warnings,
          sentenceCounts.getLong(0), sentenceCounts.getLong(1), settings.embed() == EmbedMode.NONE ? null
              : Embedders.shared(settings.embedder(), settings.onnxThreads()).name(),
          counts.size(), embedFailures.value(), secs(t0, t1), secs(t1, t2), secs(t2, t3), secs(tDocs, t3),
          secs(t3, System.nanoTime()));
    } finally {
      df.unpersist();
      STATS.remove(lines.id()); // the driver's copy (in local mode, the executors' too)
      lines.destroy();
    }
  }

  private static double secs(long a, long b) {
    return (b - a) / 1e9;
  }

  /** Builds the corpus stats once per executor JVM and broadcast. */
  private static CorpusStats stats(Broadcast<HashMap<String, Integer>> lines, int documents) {
    return STATS.computeIfAbsent(lines.id(), k -> CorpusStats.fromCounts(lines.value(), documents));
  }

  /** Pass 1: (line key, 1) for each distinct line of each text dump, and (DOCS_KEY, 1) per text dump. */
  private static Iterator<Tuple2<String, Integer>> lineKeys(Iterator<InputFile> files, AnalyseSettings settings,
      Configuration conf) {
    FileReads reads = new FileReads(settings.limits());
    List<Tuple2<String, Integer>> out = new ArrayList<>();
    while (files.hasNext()) {
      InputFile f = files.next();
      List<DocumentReader.Read> rs;
      try {
        rs = reads.read(f, conf);
      } catch (RuntimeException | StackOverflowError e) {
        continue; // pass 2 reads it again and reports it
      }
      for (DocumentReader.Read r : rs) {
        if (r.decoded() != null && r.decoded().kind() == ContentKind.TEXT) {
          out.add(new Tuple2<>(DOCS_KEY, 1));
          for (String k : CorpusStats.lineKeys(r.decoded().text())) {
            out.add(new Tuple2<>(k, 1));
          }
        }
      }
    }
    return out.iterator();
  }

  /** Pass 2 on one partition: documents in, analysed rows out, embedded chunk by chunk. */
  static final class Analyser implements Iterator<Row> {
    private final Iterator<InputFile> files;
    private final AnalyseSettings settings;
    private final Configuration conf;
    private final CorpusStats stats;
    private final FileReads reads;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private final LongAccumulator embedFailures;

    private record Item(int seq, int record, Passages passages, boolean[] candidate, boolean[] wanted) {
    }

    Analyser(Iterator<InputFile> files, AnalyseSettings settings, Configuration conf, CorpusStats stats,
        LongAccumulator embedFailures) {
      this.embedFailures = embedFailures;
      this.files = files;
      this.settings = settings;
      this.conf = conf;
      this.stats = stats;
      this.reads = new FileReads(settings.limits());
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && files.hasNext()) {
        fill();
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void fill() {
      List<Item> chunk = new ArrayList<>();
      int wanted = 0;
      while (files.hasNext() && chunk.size() < CHUNK_DOCS && wanted < CHUNK_SENTENCES) {
        InputFile f = files.next();
        List<DocumentReader.Read> rs;
        try {
          rs = reads.read(f, conf);
        } catch (RuntimeException | StackOverflowError e) {
          rs = reads.reader().read(io.dossier.ingest.Source.broken(f.id(), f.location(),
              "could not read this input (" + e + ")"));
        }
        for (int i = 0; i < rs.size(); i++) {
          Item item = analyse(f.seq(), i, rs.get(i));
          chunk.add(item);
          for (boolean w : item.wanted()) {
            wanted += w ? 1 : 0;
          }
        }
      }
      embed(chunk);
    }

    private Item analyse(int seq, int record, DocumentReader.Read r) {
      Passages p;
      try {
        p = reads.reader().analyse(r, stats);
      } catch (RuntimeException | StackOverflowError e) {
        p = new Passages(Page.failed(r.source().id(), r.source().location(), r.sha256(),
            "could not analyse this document (" + e + ")"), List.of());
      }
      List<String> removed = EmbedMode.removedTexts(p);
      boolean[] candidate = new boolean[p.sentences().size()];
      boolean[] wanted = new boolean[candidate.length];
      for (int i = 0; i < candidate.length; i++) {
        Sentence s = p.sentences().get(i);
        candidate[i] = EmbedMode.candidate(p, s, removed);
        wanted[i] = p.page().readable() && settings.embed().wants(p, s, removed);
      }
      return new Item(seq, record, p, candidate, wanted);
    }

    /** One model call per chunk; a text that repeats (wire copies, boilerplate) is embedded once. */
    private void embed(List<Item> chunk) {
      LinkedHashMap<String, Integer> texts = new LinkedHashMap<>();
      for (Item it : chunk) {
        for (int i = 0; i < it.wanted().length; i++) {
          if (it.wanted()[i]) {
            texts.putIfAbsent(it.passages().text(it.passages().sentences().get(i)), texts.size());
          }
        }
      }
      float[][] vecs = null;
      String model = null;
      if (!texts.isEmpty()) {
        Embedder e = Embedders.shared(settings.embedder(), settings.onnxThreads());
        model = e.name();
        List<String> all = new ArrayList<>(texts.keySet());
        try {
          vecs = e.embed(all);
        } catch (RuntimeException chunkFailed) {
          // One text the model chokes on must not cost the chunk its vectors: one at a time,
          // and a text that still fails is written without a vector (the brief embeds it).
          vecs = new float[all.size()][];
          for (int k = 0; k < all.size(); k++) {
            try {
              vecs[k] = e.embed(List.of(all.get(k)))[0];
            } catch (RuntimeException one) {
              embedFailures.add(1);
            }
          }
        }
      }
      for (Item it : chunk) {
        float[][] v = null;
        if (vecs != null) {
          v = new float[it.wanted().length][];
          for (int i = 0; i < v.length; i++) {
            if (it.wanted()[i]) {
              v[i] = vecs[texts.get(it.passages().text(it.passages().sentences().get(i)))];
              // a sentence whose text failed keeps v[i] == null: no vector, no model name
            }
          }
        }
        ready.add(Rows.analysed(it.seq(), it.record(), it.passages(), it.candidate(), v, model));
      }
    }
  }
}
