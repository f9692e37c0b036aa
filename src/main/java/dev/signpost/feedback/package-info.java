/**
 * Feedback that gets answered. Today: page ratings ("Was this page helpful?") with a reason and a comment, stored
 * with the page's owner at the time, limited to one rating per person, page and day and a rate of comments. May
 * call content (the page and its owner), security (who is rating), database and web; no other feature.
 */
package dev.signpost.feedback;
