/**
 * Measuring the timeline: Timeline17's topics read as piles with their outlets' reference
 * timelines, date selection scored by date F1 under news-tls's protocol (per timeline, the
 * articles and dates inside its span) and over the whole topic, beside the articles-per-day
 * baseline. Used by the {@code train-dates} command and by tests.
 */
package io.dossier.time.eval;
