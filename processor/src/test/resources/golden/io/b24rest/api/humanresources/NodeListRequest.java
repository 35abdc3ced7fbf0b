package io.b24rest.api.humanresources;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.b24rest.api.common.Pagination;
import io.b24rest.core.Bitrix24Request;
import io.b24rest.core.Bitrix24RequestValidationException;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The params of {@code humanresources.node.list}, which returns a list of departments or teams.
 *
 * <p>Build it with {@link #builder()}.
 *
 * <p>A {@code @Nullable} param left null is not sent. Lists are unmodifiable.
 *
 * @param type Type of the structure element. Required.
 * @param select List of fields for the department or team to return.
 * @param pagination Pagination parameters: <code>page</code> — page number; <code>limit</code> —
 *     number of records per page, default is 50, maximum is 200; <code>offset</code> — record
 *     offset.
 * @see <a href="https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-list.html">humanresources.node.list in the Bitrix24 REST docs</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Generated("io.b24rest.processor.SpecProcessor")
public record NodeListRequest(@JsonProperty("type") NodeType type,
    @JsonProperty("select") @Nullable List<String> select,
    @JsonProperty("pagination") @Nullable Pagination pagination)
        implements Bitrix24Request<NodeListResult> {
  /**
   * Checks that every required param is set.
   *
   * @throws Bitrix24RequestValidationException if a required param is null
   */
  public NodeListRequest {
    if (type == null) {
      throw Bitrix24RequestValidationException.missing("humanresources.node.list", "type");
    }
    select = select == null ? null : List.copyOf(select);
  }

  /**
   * @return {@code humanresources.node.list}
   */
  @Override
  public String methodName() {
    return "humanresources.node.list";
  }

  /**
   * @return {@code NodeListResult.class}
   */
  @Override
  public Class<NodeListResult> resultType() {
    return NodeListResult.class;
  }

  /**
   * A copy of this request with {@code type} replaced.
   *
   * @param type Type of the structure element. Required.
   * @return the copy
   */
  public NodeListRequest withType(NodeType type) {
    return new NodeListRequest(type, select, pagination);
  }

  /**
   * A copy of this request with {@code select} replaced.
   *
   * @param select List of fields for the department or team to return.
   * @return the copy
   */
  public NodeListRequest withSelect(@Nullable List<String> select) {
    return new NodeListRequest(type, select, pagination);
  }

  /**
   * A copy of this request with {@code pagination} replaced.
   *
   * @param pagination Pagination parameters: <code>page</code> — page number; <code>limit</code> —
   *     number of records per page, default is 50, maximum is 200; <code>offset</code> — record
   *     offset.
   * @return the copy
   */
  public NodeListRequest withPagination(@Nullable Pagination pagination) {
    return new NodeListRequest(type, select, pagination);
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder set to this record's values, to derive another.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.type = type;
    builder.select = select;
    builder.pagination = pagination;
    return builder;
  }

  /**
   * Builds a {@link NodeListRequest}; {@link #build()} checks that every required param is set.
   */
  public static final class Builder {
    private @Nullable NodeType type;

    private @Nullable List<String> select;

    private @Nullable Pagination pagination;

    private Builder() {
    }

    /**
     * Sets {@code type}.
     *
     * @param type Type of the structure element. Required.
     * @return this builder
     */
    public Builder type(NodeType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code select}.
     *
     * @param select List of fields for the department or team to return.
     * @return this builder
     */
    public Builder select(@Nullable List<String> select) {
      this.select = select;
      return this;
    }

    /**
     * Sets {@code pagination}.
     *
     * @param pagination Pagination parameters: <code>page</code> — page number; <code>limit</code>
     *     — number of records per page, default is 50, maximum is 200; <code>offset</code> — record
     *     offset.
     * @return this builder
     */
    public Builder pagination(@Nullable Pagination pagination) {
      this.pagination = pagination;
      return this;
    }

    /**
     * The {@link NodeListRequest} of the values set.
     *
     * @return a new record
     * @throws Bitrix24RequestValidationException if a required param is not set
     */
    public NodeListRequest build() {
      if (type == null) {
        throw Bitrix24RequestValidationException.missing("humanresources.node.list", "type");
      }
      return new NodeListRequest(type, select, pagination);
    }
  }
}
