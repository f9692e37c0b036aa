/**
 * Full-text search over every document in the content snapshot, with Apache Lucene: the in-memory index kept in step
 * with the snapshot, query parsing, snippets, facets, the {@code /search} page, suggestions and the JSON API.
 * Generic by rule: it reads only what every {@link dev.signpost.content.Document} has (type, title, headings, text,
 * tags, owner, URL), so a new content type is searchable without a change here. It never imports a feature package.
 */
package dev.signpost.search;
