/**
 * "Was this page helpful?": the box under every page, ratings with their reasons and comments under the limits
 * ({@link dev.signpost.feedback.ratings.PageRatings}), and what they add up to for the teams that own the pages (the
 * panel on a page, {@code /feedback/pages}). May call feedback's filters, content, database, security, web.
 */
package dev.signpost.feedback.ratings;
