/**
 * Sentence embeddings: the {@link io.dossier.embed.Embedder} interface the grouping stages use,
 * the in-process ONNX model behind it, and vector helpers.
 */
package io.dossier.embed;
