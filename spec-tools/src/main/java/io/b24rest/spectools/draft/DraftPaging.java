package io.b24rest.spectools.draft;

import java.util.Optional;

/** How a list method pages, as format v2's {@code paging} block says it. */
public record DraftPaging(
    String style, String param, String items, Optional<Integer> maxLimit, Optional<Integer> defaultLimit) {}
