/**
 * The embedded corpus store: documents, their decoded text, pages, sentences, per-document
 * analyses and a cache of sentence vectors, kept in one SQLite database under a data directory.
 * A brief over stored documents runs the same cross-document stages as the command line
 * ({@link io.dossier.pipeline.BriefPipeline#analyse}), with vectors read from the cache.
 */
package io.dossier.store;
