package org.plandesk.identity;

/** Someone who acts on a plan: the user id and the name printed in documents. */
public record Person(String id, String name) {}
