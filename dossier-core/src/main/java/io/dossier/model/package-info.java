/**
 * The immutable records that flow between the pipeline's stages, and the records of the
 * published brief ({@code ../shared/spec/brief-json.md}).
 *
 * <p>Every text-bearing record points back into a document's {@code text} with UTF-16
 * {@code start}/{@code end} offsets; constructors check that they do not go backwards.
 */
package io.dossier.model;
