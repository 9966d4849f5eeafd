package io.dossier.spark;

import io.dossier.embed.Embedder;
import io.dossier.group.PointSettings;
import io.dossier.ingest.Limits;
import io.dossier.model.Brief;
import io.dossier.pipeline.BriefConfig;
import io.dossier.render.BriefJson;
import io.dossier.render.HtmlRenderer;
import io.dossier.render.MarkdownRenderer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier spark analyse|brief|bench-local}: the edges of the Spark jobs. Run by the
 * {@code ./dossier spark} launcher (which sets a local master) or by {@code spark-submit}
 * (which sets the master itself: then {@code --master} is ignored).
 */
@Command(name = "dossier spark", mixinStandardHelpOptions = true,
    description = "Dossier on Apache Spark: analyse a pile of files into a Parquet dataset, then brief over it.",
    subcommands = {SparkCli.Analyse.class, SparkCli.BriefCmd.class, LocalBench.class})
public final class SparkCli implements Runnable {
  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkCli()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The master to set: none under spark-submit (it sets spark.master), else the option. */
  static String master(String option) {
    return System.getProperty("spark.master") != null ? null : option;
  }

  static int threads(Integer option, SparkSession spark) {
    return option != null ? option : Math.max(1, Sessions.slotsPerExecutor(spark));
  }

  @Command(name = "analyse", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Reads WARC, HTML and text files (gzipped or not) from any Hadoop path, cleans, splits and "
          + "embeds every document in parallel, and writes OUT/documents and OUT/sentences (Parquet) "
          + "and OUT/report.json (counts, timings, every bad record with its source and offset).",
          "A bad file or record never fails the job. Exit codes: 0 done, 1 the job failed, 2 bad usage."})
  static final class Analyse implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Dataset directory (any Hadoop path).")
    String out;

    @Option(names = "--master", defaultValue = "local[2]", paramLabel = "URL",
        description = "Spark master when not run by spark-submit (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--embed", defaultValue = "candidates", paramLabel = "MODE",
        description = "Which sentences get a vector: candidates (those a brief can use, plus headings; default), "
            + "all, or none.")
    String embed;

    @Option(names = "--embedder", defaultValue = "onnx", paramLabel = "KIND",
        description = "onnx (bge-small, as the CLI) or the class name of an Embedder (default: ${DEFAULT-VALUE}).")
    String embedder;

    @Option(names = "--onnx-threads", paramLabel = "N",
        description = "Threads of each executor's one ONNX session (default: task slots per executor).")
    Integer onnxThreads;

    @Option(names = "--max-mb", defaultValue = "32", paramLabel = "MB",
        description = "Largest document, in MB (default: ${DEFAULT-VALUE}).")
    int maxMb;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
        description = "Input partitions (default: 4 per core, or a file list of 32 files each when bigger).")
    int partitions;

    @Option(names = "--no-line-stats", description = "Skip the first pass (repeated lines across text dumps); "
        + "faster, but text dumps are then cleaned without corpus statistics, unlike the CLI.")
    boolean noLineStats;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
        description = "Read only the first N files of the listing (0: all).")
    int limit;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories (file:, hdfs:, s3a:, ...).")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      EmbedMode mode;
      try {
        mode = EmbedMode.parse(embed);
      } catch (IllegalArgumentException e) {
        err.println("dossier spark analyse: " + e.getMessage());
        return 2;
      }
      try (SparkSession spark = Sessions.create(master(master), "dossier analyse")) {
        AnalyseSettings s = new AnalyseSettings(inputs, out, mode, embedder, threads(onnxThreads, spark),
            (long) maxMb << 20, partitions, !noLineStats, limit);
        JobReport report = new AnalyseJob(spark).run(s);
        String json = report.toJson();
        Outputs.write(spark.sparkContext().hadoopConfiguration(), out, "report.json", json);
        spec.commandLine().getOut().println(json);
        err.println("dossier spark analyse: " + report.summary());
        for (JobReport.Problem p : report.problems().stream().limit(20).toList()) {
          err.println("  " + p.category() + ": " + p.source() + ": " + p.reason());
        }
        err.println("wrote " + out + "/documents, " + out + "/sentences and " + out + "/report.json");
        return 0;
      } catch (IllegalArgumentException e) {
        err.println("dossier spark analyse: " + e.getMessage());
        return 2;
      }
    }
  }

  @Command(name = "brief", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Answers a question over a dataset written by 'analyse': retrieves the relevant documents "
          + "in Spark (when there are more than --max-docs), then runs the CLI's brief on them with the stored "
          + "vectors, and writes OUT/brief.json, brief.md and brief.html."})
  static final class BriefCmd implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-q", "--question"}, paramLabel = "TEXT",
        description = "The question (inferred, as the CLI does, when left out on small datasets).")
    String question;

    @Option(names = {"-o", "--out"}, defaultValue = "brief-out", paramLabel = "DIR",
        description = "Where the brief goes (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(names = "--master", defaultValue = "local[2]", paramLabel = "URL",
        description = "Spark master when not run by spark-submit (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--max-docs", defaultValue = "500", paramLabel = "N",
        description = "Most documents the brief reads; bigger datasets are narrowed to the N most relevant "
            + "(default: ${DEFAULT-VALUE}).")
    int maxDocs;

    @Option(names = "--embedder", defaultValue = "onnx", paramLabel = "KIND",
        description = "The model the dataset was embedded with (default: ${DEFAULT-VALUE}).")
    String embedder;

    @Option(names = "--vectors", defaultValue = "model", paramLabel = "FROM",
        description = "model (default): the chosen documents' sentences are embedded again on the driver, exactly "
            + "as the CLI does (at most --max-embedded of them), which gives the CLI's brief to the letter; "
            + "stored: use the dataset's vectors, faster, but the quantised model's vectors vary slightly with "
            + "their batch, so a weaker point may differ. Retrieval always uses the stored vectors.")
    String vectors;

    @Option(names = "--threads", paramLabel = "N", description = "Driver threads (default: the processors).")
    Integer threads;

    @Option(names = "--max-points", defaultValue = "10", paramLabel = "N") int maxPoints;
    @Option(names = "--max-counterpoints", defaultValue = "6", paramLabel = "N") int maxCounterPoints;
    @Option(names = "--summary-sentences", defaultValue = "4", paramLabel = "N") int summarySentences;
    @Option(names = "--summary-words", defaultValue = "" + PointSettings.DEFAULT_SUMMARY_WORDS, paramLabel = "N") int summaryWords;
    @Option(names = "--match-threshold", defaultValue = PointSettings.DEFAULT_MATCH_THRESHOLD, paramLabel = "P") double matchThreshold;
    @Option(names = "--max-embedded", defaultValue = "3000", paramLabel = "N") int maxEmbedded;

    @Parameters(paramLabel = "DATASET", arity = "1", description = "The dataset directory written by analyse.")
    String dataset;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      if (!vectors.equals("stored") && !vectors.equals("model")) {
        err.println("dossier spark brief: --vectors must be stored or model");
        return 2;
      }
      int t = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
      BriefConfig config;
      try {
        config = new BriefConfig(question, Limits.DEFAULT,
            new PointSettings(maxPoints, maxCounterPoints, summarySentences, matchThreshold, maxEmbedded,
                PointSettings.DEFAULT.maxGrouped(), PointSettings.DEFAULT.maxEvidencePerPoint(), summaryWords),
            t, 0.5);
      } catch (IllegalArgumentException e) {
        err.println("dossier spark brief: " + e.getMessage());
        return 2;
      }
      try (SparkSession spark = Sessions.create(master(master), "dossier brief")) {
        Embedder model = Embedders.shared(embedder, t);
        BriefJob.Result r = new BriefJob(spark).run(dataset, config, maxDocs, model, vectors.equals("stored"));
        Brief b = r.brief();
        if (b.documents().stream().noneMatch(d -> d.error() == null)) {
          err.println("dossier spark brief: no brief written: no readable document in " + dataset);
          return 1;
        }
        var conf = spark.sparkContext().hadoopConfiguration();
        Outputs.write(conf, out, "brief.json", BriefJson.write(b));
        Outputs.write(conf, out, "brief.md", new MarkdownRenderer().render(b));
        Outputs.write(conf, out, "brief.html", new HtmlRenderer().render(b));
        err.println(String.format(Locale.ROOT, "wrote %s (brief.json, brief.md, brief.html): %d key points, "
            + "%d counterpoints from %d of %d documents%s; %d vectors from the dataset, %d computed",
            out, b.keyPoints().size(), b.counterPoints().size(), r.selected(), r.datasetDocuments(),
            r.retrieved() ? " (retrieved)" : "", r.vectorsServed(), r.vectorsComputed()));
        return 0;
      } catch (IllegalArgumentException e) {
        err.println("dossier spark brief: " + e.getMessage());
        return 2;
      }
    }
  }
}
