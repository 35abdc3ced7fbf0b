package io.b24rest.spectools.draft;

/** One documented answer: its HTTP status and its body as compact JSON. */
public record DraftExample(int status, String json) {}
