package org.plandesk.notification;

/** A mail ready for the outbox: one-line subject, plain-text and HTML bodies. */
record RenderedMail(String subject, String text, String html) {}
