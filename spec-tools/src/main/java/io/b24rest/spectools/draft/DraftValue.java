package io.b24rest.spectools.draft;

/** One allowed or known value of a field, with the docs' words for it. */
public record DraftValue(String value, String description) {}
