/**
 * Main-text extraction from HTML: {@link io.dossier.clean.html.HtmlExtractor} lays a page out
 * as visible text blocks, finds the article among them and records why every other block was
 * removed; {@link io.dossier.clean.html.VisibleText} gives a page's text as a browser shows it.
 * Everything else in the package is internal.
 */
package io.dossier.clean.html;
