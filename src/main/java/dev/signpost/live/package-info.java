/**
 * Change notices between instances, for live pages. A feature publishes a short notice on a channel when something
 * changed; every instance's subscribers to that channel (live pages over Server-Sent Events) receive it. Through
 * PostgreSQL's LISTEN/NOTIFY when the datasource is PostgreSQL, in memory otherwise. Knows no feature.
 */
package dev.signpost.live;
