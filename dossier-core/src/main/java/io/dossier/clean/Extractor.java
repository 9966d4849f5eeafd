package io.dossier.clean;

import io.dossier.ingest.Decoded;

/**
 * Finds the main text of one decoded page. Implementations are stateless and thread-safe;
 * bad input yields an extraction with nothing kept (and a flag), never an exception.
 */
public interface Extractor {
  Extraction extract(Decoded page, CorpusStats corpus);
}
