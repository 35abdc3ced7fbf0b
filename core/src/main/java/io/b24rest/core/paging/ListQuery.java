package io.b24rest.core.paging;

import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24Request;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk read needs of one list method and one request: written by the generated {@code
 * listAll}, read by a {@link ListReader}.
 *
 * @param method the REST method name
 * @param maxLimit the method's largest page ({@code paging.maxLimit} of its spec)
 * @param defaultLimit the page the portal assumes ({@code paging.defaultLimit})
 * @param call sends one request as an ordinary call of the API (paced, retried, error-checked)
 * @param page the request for page {@code page} (1-based) of {@code limit} records
 * @param items the records of one page's result
 * @param keyset the request for page {@code page} of the records after id {@code after} (null:
 *     from the first) in id order; null when the method or this request cannot be read by id
 * @param id the id of a record, for keyset reads
 * @param <Q> the generated request record
 * @param <R> the generated result record
 * @param <T> the record type
 */
public record ListQuery<Q extends Bitrix24Request<R>, R, T>(
    String method,
    int maxLimit,
    int defaultLimit,
    Function<Q, ApiResponse<R>> call,
    PageRequest<Q> page,
    Function<R, @Nullable List<T>> items,
    @Nullable KeysetRequest<Q> keyset,
    Function<T, @Nullable Object> id) {

  /** Rejects missing parts and a bad page range. */
  public ListQuery {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(id, "id");
    if (maxLimit < 1 || defaultLimit < 1 || defaultLimit > maxLimit) {
      throw new IllegalArgumentException(
          method + ": page sizes must satisfy 1 <= defaultLimit <= maxLimit, got "
              + defaultLimit + " and " + maxLimit);
    }
  }

  /** Builds the request of one numbered page. */
  @FunctionalInterface
  public interface PageRequest<Q> {
    /** The request for page {@code page} (1-based) of {@code limit} records. */
    Q of(int page, int limit);
  }

  /** Builds the request of one page after an id. */
  @FunctionalInterface
  public interface KeysetRequest<Q> {
    /**
     * The request for page {@code page} (1-based) of {@code limit} records whose id is above
     * {@code after} (every record when null), in ascending id order.
     */
    Q of(@Nullable Object after, int page, int limit);
  }
}
