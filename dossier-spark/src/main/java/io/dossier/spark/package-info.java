/**
 * Dossier on Apache Spark: thin adapters that run the core's stages on a cluster.
 *
 * <p>{@link io.dossier.spark.AnalyseJob} (step 1) lists files on any Hadoop file system as the
 * CLI would ({@link io.dossier.spark.InputListing}), counts repeated lines across text dumps
 * (pass 1), then reads, cleans, segments and embeds every document on the executors with one
 * model per JVM ({@link io.dossier.spark.Embedders}) and writes Parquet
 * ({@link io.dossier.spark.Rows}) and a {@link io.dossier.spark.JobReport}.
 * {@link io.dossier.spark.BriefJob} (step 2) retrieves the relevant documents in Spark and runs
 * the core's brief on the driver. {@link io.dossier.spark.SparkCli} is the command line
 * ({@code ./dossier spark ...} or {@code spark-submit}). See {@code docs/spark.md}.
 */
package io.dossier.spark;
