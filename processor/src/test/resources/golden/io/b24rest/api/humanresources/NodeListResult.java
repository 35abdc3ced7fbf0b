package io.b24rest.api.humanresources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The result of {@code humanresources.node.list}: one page of departments or teams.
 *
 * <p>A {@code @Nullable} component is null when the portal leaves the field out or sends null.
 * {@code items} is always there: empty when the portal leaves it out. Lists are unmodifiable.
 *
 * @param items Array of department or team objects. The composition of the element fields depends
 *     on <code>select</code>.
 * @see <a href="https://apidocs.bitrix24.com/api-reference/departments/node/humanresources-node-list.html">humanresources.node.list in the Bitrix24 REST docs</a>
 */
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Generated("io.b24rest.processor.SpecProcessor")
public record NodeListResult(@JsonProperty("items") List<Node> items) {
  public NodeListResult {
    items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
  }
}
