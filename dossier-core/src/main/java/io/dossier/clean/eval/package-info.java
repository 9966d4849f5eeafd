/**
 * Measuring extraction: the article-extraction benchmark's shingle metric and a loader for
 * its pages and ground truth. Used by the {@code bench-extract} command and by tests.
 */
package io.dossier.clean.eval;
