package dev.signpost.notifications.chat;

/** Whether chat messages leave the machine: {@code send} (production) or {@code keep} (dev and demo: viewed only). */
public enum ChatMode {
    SEND, KEEP
}
