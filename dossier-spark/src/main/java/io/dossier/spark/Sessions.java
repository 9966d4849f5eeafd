package io.dossier.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Creates the Spark session of a command. With {@code master} null the master comes from
 * {@code spark-submit}; otherwise (the launcher) it is set here. Dates come back as
 * {@link java.time.LocalDate}. Settings given on the command line ({@code --conf}) win.
 */
public final class Sessions {
  private Sessions() {
  }

  public static SparkSession create(String master, String app) {
    SparkSession.Builder b = SparkSession.builder().appName(app)
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.parquet.compression.codec", "zstd");
    if (master != null) {
      b = b.master(master)
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return b.getOrCreate();
  }

  /** Task slots of one executor: N of local[N] (all cores for local[*]), else spark.executor.cores. */
  public static int slotsPerExecutor(SparkSession spark) {
    String master = spark.sparkContext().master();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+|\\*)(,\\d+)?]").matcher(master);
    if (m.matches()) {
      return "*".equals(m.group(1)) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }
    if (master.equals("local")) {
      return 1;
    }
    return Integer.parseInt(spark.conf().get("spark.executor.cores", "1"));
  }
}
