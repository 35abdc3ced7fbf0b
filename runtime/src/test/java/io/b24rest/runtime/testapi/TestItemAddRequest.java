package io.b24rest.runtime.testapi;

/** Request of {@code test.item.add}. */
public record TestItemAddRequest(String title) {}
