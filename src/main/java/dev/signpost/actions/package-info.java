/** Action items: what SIGs promised, who owns it, when it is due, tracked to done. */
package dev.signpost.actions;
