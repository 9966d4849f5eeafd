/**
 * Text primitives with exact offsets: word tokens, stop words, stems, and the sentence
 * segmenter that turns a page's kept blocks into {@link io.dossier.model.Sentence}s.
 */
package io.dossier.text;
