package io.b24rest.runtime.testapi;

/** Result of {@code test.item.add}. */
public record TestItemAddResult(Long id) {}
