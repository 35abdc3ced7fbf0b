package io.b24rest.api.humanresources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A department or team (a structure element), as returned by humanresources.node.list,
 * .get, .children, .search, .add, .edit and .move. Methods with a <code>select</code> param return
 * only the selected fields. The nullable fields are those the pages' JSON or TypeScript
 * examples show as null.
 *
 * <p>Scope {@code humanresources}.
 *
 * <p>A {@code @Nullable} component is null when the portal leaves the field out or sends null.
 * Lists are unmodifiable.
 *
 * @param id Identifier of the structure element.
 * @param name Name of the department or team.
 * @param type Type of the structure element.
 * @param structureId Identifier of the company structure.
 * @param parentId Identifier of the parent department or team; null for the root department. The
 *     portal may send null.
 * @param description Description of the structure element. The portal may send null.
 * @param accessCode Access code of the structure element.
 * @param userCount Number of users in the department or team.
 * @param colorName Color of the team, if specified. The portal may send null.
 * @param xmlId External identifier of the structure element. The portal may send null.
 * @param createdAt Creation date and time. The portal may send null.
 * @param updatedAt Last update date and time. The portal may send null.
 * @param members List of users of the department or team, with their roles. Returned only when
 *     <code>members</code> is selected (humanresources.node.get) and by humanresources.node.add.
 */
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Generated("io.b24rest.processor.SpecProcessor")
public record Node(@JsonProperty("id") @Nullable Long id,
    @JsonProperty("name") @Nullable String name, @JsonProperty("type") @Nullable NodeType type,
    @JsonProperty("structureId") @Nullable Long structureId,
    @JsonProperty("parentId") @Nullable Long parentId,
    @JsonProperty("description") @Nullable String description,
    @JsonProperty("accessCode") @Nullable String accessCode,
    @JsonProperty("userCount") @Nullable Long userCount,
    @JsonProperty("colorName") @Nullable ColorName colorName,
    @JsonProperty("xmlId") @Nullable String xmlId,
    @JsonProperty("createdAt") @Nullable OffsetDateTime createdAt,
    @JsonProperty("updatedAt") @Nullable OffsetDateTime updatedAt,
    @JsonProperty("members") @Nullable List<NodeMember> members) {
  public Node {
    members = members == null ? null : Collections.unmodifiableList(new ArrayList<>(members));
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
    builder.id = id;
    builder.name = name;
    builder.type = type;
    builder.structureId = structureId;
    builder.parentId = parentId;
    builder.description = description;
    builder.accessCode = accessCode;
    builder.userCount = userCount;
    builder.colorName = colorName;
    builder.xmlId = xmlId;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    builder.members = members;
    return builder;
  }

  /**
   * Builds a {@link Node}.
   */
  public static final class Builder {
    private @Nullable Long id;

    private @Nullable String name;

    private @Nullable NodeType type;

    private @Nullable Long structureId;

    private @Nullable Long parentId;

    private @Nullable String description;

    private @Nullable String accessCode;

    private @Nullable Long userCount;

    private @Nullable ColorName colorName;

    private @Nullable String xmlId;

    private @Nullable OffsetDateTime createdAt;

    private @Nullable OffsetDateTime updatedAt;

    private @Nullable List<NodeMember> members;

    private Builder() {
    }

    /**
     * Sets {@code id}.
     *
     * @param id Identifier of the structure element.
     * @return this builder
     */
    public Builder id(@Nullable Long id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param name Name of the department or team.
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @param type Type of the structure element.
     * @return this builder
     */
    public Builder type(@Nullable NodeType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code structureId}.
     *
     * @param structureId Identifier of the company structure.
     * @return this builder
     */
    public Builder structureId(@Nullable Long structureId) {
      this.structureId = structureId;
      return this;
    }

    /**
     * Sets {@code parentId}.
     *
     * @param parentId Identifier of the parent department or team; null for the root department.
     *     The portal may send null.
     * @return this builder
     */
    public Builder parentId(@Nullable Long parentId) {
      this.parentId = parentId;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param description Description of the structure element. The portal may send null.
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code accessCode}.
     *
     * @param accessCode Access code of the structure element.
     * @return this builder
     */
    public Builder accessCode(@Nullable String accessCode) {
      this.accessCode = accessCode;
      return this;
    }

    /**
     * Sets {@code userCount}.
     *
     * @param userCount Number of users in the department or team.
     * @return this builder
     */
    public Builder userCount(@Nullable Long userCount) {
      this.userCount = userCount;
      return this;
    }

    /**
     * Sets {@code colorName}.
     *
     * @param colorName Color of the team, if specified. The portal may send null.
     * @return this builder
     */
    public Builder colorName(@Nullable ColorName colorName) {
      this.colorName = colorName;
      return this;
    }

    /**
     * Sets {@code xmlId}.
     *
     * @param xmlId External identifier of the structure element. The portal may send null.
     * @return this builder
     */
    public Builder xmlId(@Nullable String xmlId) {
      this.xmlId = xmlId;
      return this;
    }

    /**
     * Sets {@code createdAt}.
     *
     * @param createdAt Creation date and time. The portal may send null.
     * @return this builder
     */
    public Builder createdAt(@Nullable OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets {@code updatedAt}.
     *
     * @param updatedAt Last update date and time. The portal may send null.
     * @return this builder
     */
    public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets {@code members}.
     *
     * @param members List of users of the department or team, with their roles. Returned only when
     *     <code>members</code> is selected (humanresources.node.get) and by
     *     humanresources.node.add.
     * @return this builder
     */
    public Builder members(@Nullable List<NodeMember> members) {
      this.members = members;
      return this;
    }

    /**
     * The {@link Node} of the values set.
     *
     * @return a new record
     */
    public Node build() {
      return new Node(id, name, type, structureId, parentId, description, accessCode, userCount,
          colorName, xmlId, createdAt, updatedAt, members);
    }
  }
}
