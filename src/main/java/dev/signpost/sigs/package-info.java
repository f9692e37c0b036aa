/** Special Interest Groups: their charters from content, with live sections from the database. */
package dev.signpost.sigs;
