/**
 * Measuring point finding: IBM's ArgKP-2021 arguments and key points read as piles of
 * one-sentence documents, and the agreement of the points found with the key points the
 * annotators matched. Used by the {@code bench-group} command and by tests.
 */
package io.dossier.group.eval;
