package io.b24rest.runtime.testapi;

/** Request of {@code test.item.list}. */
public record TestItemListRequest(Long nodeId) {}
