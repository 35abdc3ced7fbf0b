package io.b24rest.api.humanresources;

import feign.Headers;
import feign.RequestLine;
import io.b24rest.api.common.Pagination;
import io.b24rest.api.errors.AccessDeniedException;
import io.b24rest.api.errors.InsufficientScopeException;
import io.b24rest.api.errors.InvalidPaginationException;
import io.b24rest.api.errors.InvalidSelectException;
import io.b24rest.api.errors.RequestValidationException;
import io.b24rest.api.errors.UnknownDtoPropertyException;
import io.b24rest.core.ApiResponse;
import io.b24rest.core.Bitrix24Method;
import io.b24rest.core.MethodKind;
import io.b24rest.core.paging.BulkListApi;
import io.b24rest.core.paging.ListOptions;
import io.b24rest.core.paging.ListQuery;
import io.b24rest.core.paging.ListStrategy;
import io.b24rest.core.paging.Pages;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * The Bitrix24 REST methods {@code humanresources.node.*}.
 *
 * <p>Scope {@code humanresources}. Get it with {@code client.api(NodeApi.class)}.
 */
@Headers("Content-Type: application/json")
@Generated("io.b24rest.processor.SpecProcessor")
public interface NodeApi extends BulkListApi {
  /**
   * Returns a list of departments or teams.
   *
   * <p>REST method {@code humanresources.node.list}; reads data, so a failed call is retried
   * freely.
   *
   * <p>Access: A user with "View Departments" or "View Teams" access permission.
   *
   * @param request the params, built with {@link NodeListRequest#builder()}
   * @return the {@code result} and the {@code time} block of the answer
   * @throws InvalidPaginationException Cannot recognize pagination parameter <code>#PAGE#</code>
   *     (param <code>pagination</code>).
   * @throws RequestValidationException Required field <code>type</code> is not specified (param
   *     <code>type</code>). An invalid value for the structure element type was provided (param
   *     <code>type</code>).
   * @throws UnknownDtoPropertyException Unknown field <code>#FIELD#</code> for entity
   *     <code>NodeDto</code> (param <code>select</code>).
   * @throws InvalidSelectException Cannot recognize select expression <code>#SELECT#</code> (param
   *     <code>select</code>).
   * @throws AccessDeniedException Access denied.
   * @throws InsufficientScopeException Insufficient access rights: required scope is missing.
   * @see <a href="https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-list.html">humanresources.node.list in the Bitrix24 REST docs</a>
   */
  @RequestLine("POST /humanresources.node.list")
  @Bitrix24Method(
      name = "humanresources.node.list",
      kind = MethodKind.READ
  )
  ApiResponse<NodeListResult> list(NodeListRequest request);

  /**
   * Every record of {@link #list}, read in bulk: pages of up to 200 records (the method's
   * largest, from its spec; {@link ListOptions#pageSize} changes it), up to 50 of them per HTTP
   * request as the calls of one REST 3.0 batch.
   *
   * <p>By default {@link ListStrategy#BATCHED_PAGES}: {@code pagination} set to page 1, 2, ... in
   * order.
   *
   * <p>Lazy: the first request is sent when the stream needs its first record, the next
   * one when the records of the previous one are used up, so memory holds one batch at most.
   * The first request is a single page; the batches after it are sized from the portal's
   * {@code time.processing} to stay well under its 60 s cut, and shrink, then wait for
   * {@code operating_reset_at}, before the method's operating budget runs out. Every
   * request is paced, retried and error-checked by the client; a failed call, alone or inside
   * a batch, throws its typed exception from the stream (no page is skipped). The read stops
   * on the first short page and after {@link ListOptions#maxPages} pages.
   *
   * <p>Same as {@code listAll(request, ListOptions.defaults())}.
   *
   * @param request the params; its {@code pagination} is set page by page
   * @return every record, in order
   * @throws IllegalArgumentException if the request is missing
   */
  default Stream<Node> listAll(NodeListRequest request) {
    return listAll(request, ListOptions.defaults());
  }

  /**
   * Every record of {@link #list}, read in bulk: pages of up to 200 records (the method's
   * largest, from its spec; {@link ListOptions#pageSize} changes it), up to 50 of them per HTTP
   * request as the calls of one REST 3.0 batch.
   *
   * <p>By default {@link ListStrategy#BATCHED_PAGES}: {@code pagination} set to page 1, 2, ... in
   * order.
   *
   * <p>Lazy: the first request is sent when the stream needs its first record, the next
   * one when the records of the previous one are used up, so memory holds one batch at most.
   * The first request is a single page; the batches after it are sized from the portal's
   * {@code time.processing} to stay well under its 60 s cut, and shrink, then wait for
   * {@code operating_reset_at}, before the method's operating budget runs out. Every
   * request is paced, retried and error-checked by the client; a failed call, alone or inside
   * a batch, throws its typed exception from the stream (no page is skipped). The read stops
   * on the first short page and after {@link ListOptions#maxPages} pages.
   *
   * @param request the params; its {@code pagination} is set page by page
   * @param options the strategy, page size, bounds and budget of the read
   * @return every record, in order
   * @throws IllegalArgumentException if the request or the options are missing, or the options
   *     do not fit the method (a page size above 200, a keyset strategy the request does not allow)
   */
  default Stream<Node> listAll(NodeListRequest request, ListOptions options) {
    if (request == null) {
      throw new IllegalArgumentException("request is missing");
    }
    if (options == null) {
      throw new IllegalArgumentException("options are missing");
    }
    return listReader().read(
        new ListQuery<NodeListRequest, NodeListResult, Node>(
          "humanresources.node.list",
          200,
          50,
          this::list,
          (page, limit) -> request.withPagination(new Pagination(
            (long) page,
            (long) limit,
            request.pagination() == null ? null : request.pagination().offset())),
          result -> result.items(),
          null,
          item -> null),
        options);
  }

  /**
   * Every item of {@link #list}, page after page of {@code pageSize} items a page: {@code
   * humanresources.node.list} called with {@code pagination} set to page 1, 2, ...
   *
   * <p>Lazy: a page is fetched only when the stream needs its first item, and each
   * page is an ordinary call, paced, retried and error-checked by the client like any
   * other. The walk stops on a short page (fewer items than the page size) and after {@link
   * Pages#DEFAULT_MAX_PAGES} pages unless bounded otherwise, so a
   * portal that ignores paging cannot make it loop forever. A failed page call throws from
   * the stream.
   *
   * @param request the params; its {@code pagination} is set page by page
   * @param pageSize items a page, from 1 to 200
   * @return the items of every page, in order
   * @throws IllegalArgumentException if the request is missing or a bound is out of range
   */
  default Stream<Node> listAll(NodeListRequest request, int pageSize) {
    return listAll(request, pageSize, Pages.DEFAULT_MAX_PAGES);
  }

  /**
   * Every item of {@link #list}, page after page of {@code pageSize} items a page, at most {@code
   * maxPages} pages: {@code humanresources.node.list} called with {@code pagination} set to page 1,
   * 2, ...
   *
   * <p>Lazy: a page is fetched only when the stream needs its first item, and each
   * page is an ordinary call, paced, retried and error-checked by the client like any
   * other. The walk stops on a short page (fewer items than the page size) and after {@link
   * Pages#DEFAULT_MAX_PAGES} pages unless bounded otherwise, so a
   * portal that ignores paging cannot make it loop forever. A failed page call throws from
   * the stream.
   *
   * @param request the params; its {@code pagination} is set page by page
   * @param pageSize items a page, from 1 to 200
   * @param maxPages the most pages fetched, at least 1
   * @return the items of every page, in order
   * @throws IllegalArgumentException if the request is missing or a bound is out of range
   */
  default Stream<Node> listAll(NodeListRequest request, int pageSize, int maxPages) {
    if (request == null) {
      throw new IllegalArgumentException("request is missing");
    }
    if (pageSize > 200) {
      throw new IllegalArgumentException("pageSize must be at most 200, got " + pageSize);
    }
    return Pages.stream(pageSize, maxPages, (page, limit) ->
          list(request.withPagination(new Pagination(
            (long) page,
            (long) limit,
            request.pagination() == null ? null : request.pagination().offset())))
            .result()
            .items());
  }
}
