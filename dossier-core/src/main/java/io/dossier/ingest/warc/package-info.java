/**
 * Reading WARC archives: each HTML or text response becomes one document of its own.
 */
package io.dossier.ingest.warc;
