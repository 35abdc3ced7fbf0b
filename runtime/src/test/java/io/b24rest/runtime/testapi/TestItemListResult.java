package io.b24rest.runtime.testapi;

import java.util.List;

/** Result of {@code test.item.list}. */
public record TestItemListResult(List<TestItem> items) {}
