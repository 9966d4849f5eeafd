package io.dossier.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for all the tests of this JVM (starting one takes seconds). */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {
  }

  static synchronized SparkSession session() {
    if (session == null) {
      session = Sessions.create("local[2]", "dossier-spark-tests");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
