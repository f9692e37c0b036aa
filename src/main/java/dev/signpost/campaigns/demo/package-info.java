/**
 * The demo's git repositories, generated once under the data folder in dev and demo so a campaign has a year of
 * history with nothing fetched from the network. JGit only.
 */
package dev.signpost.campaigns.demo;
