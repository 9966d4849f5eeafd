/**
 * Reading inputs: expanding paths and URLs into sources, loading their bytes with limits,
 * un-gzipping, sniffing the kind of content and decoding it to text.
 */
package io.dossier.ingest;
