/**
 * Writing a brief: its JSON (the public contract), a Markdown reading and a self-contained
 * HTML page with each piece of evidence linked to its highlighted span in the source text.
 * All article text is escaped.
 */
package io.dossier.render;
