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
public interface NodeApi {
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
   * Every item of {@link #list}, page after page of 50 items a page (the portal's default): {@code
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
   * @return the items of every page, in order
   * @throws IllegalArgumentException if the request is missing or a bound is out of range
   */
  default Stream<Node> listAll(NodeListRequest request) {
    return listAll(request, 50, Pages.DEFAULT_MAX_PAGES);
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
            request.pagination() == null ? null : request.pagination().offset()))).result().items());
  }
}
