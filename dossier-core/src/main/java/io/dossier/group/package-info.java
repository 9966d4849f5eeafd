/**
 * The stages that look across documents: near-duplicate detection, relevance to the
 * question, grouping sentences into points, labelling and ranking them, counterpoints, the
 * extractive summary and the inferred question.
 */
package io.dossier.group;
