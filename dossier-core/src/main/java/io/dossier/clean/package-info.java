/**
 * Main-text extraction: finding the article in a page (HTML) or a page's text dump, and
 * recording every removed part with its reason. Cleaning never rewrites the text it is given
 * for dumps; for HTML the published text is the page's visible text, blocks separated by
 * blank lines, and the kept and removed spans index into it.
 */
package io.dossier.clean;
