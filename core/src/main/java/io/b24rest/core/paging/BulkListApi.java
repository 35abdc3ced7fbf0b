package io.b24rest.core.paging;

/**
 * Extended by every generated API interface with a page-style list method: its {@code
 * listAll(request, options)} reads through {@link #listReader()}.
 *
 * <p>Why a method and not a field: a Feign (or any {@link java.lang.reflect.Proxy}) API has no
 * state of its own. The client's invocation handler answers this method with a reader that
 * batches through the client (so every batch is paced, retried and error-checked like any call),
 * while any other implementation (a hand-written fake, a mock) gets this default, which sends one
 * page per request through the interface's own list method.
 */
public interface BulkListApi {
  /** The reader behind {@code listAll}; one page per request unless the client supplies its own. */
  default ListReader listReader() {
    return ListReader.direct();
  }
}
