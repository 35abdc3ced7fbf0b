package io.b24rest.api.humanresources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.b24rest.core.WireEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A chat, channel or collab associated with a department or team.
 *
 * <p>Scope {@code humanresources}.
 *
 * <p>A {@code @Nullable} component is null when the portal leaves the field out or sends null.
 *
 * @param avatar Link to the communication avatar. The portal may send null.
 * @param color Color of the communication. Returned only for chats and channels.
 * @param dialogId Identifier of the dialog.
 * @param hasAccess Indicator of the current user's access to the communication.
 * @param id Identifier of the communication.
 * @param isExtranet Indicator of extranet communication. Returned only for chats and channels.
 * @param originalNodeId Identifier of the original department or team. The portal may send null.
 * @param subtitle Subtitle of the communication.
 * @param title Title of the communication.
 * @param type Type of communication. Allowed values: <code>CHAT</code> (chat), <code>CHANNEL</code>
 *     (channel), <code>COLLAB</code> (collab).
 */
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@Generated("io.b24rest.processor.SpecProcessor")
public record Communication(@JsonProperty("avatar") @Nullable String avatar,
    @JsonProperty("color") @Nullable String color,
    @JsonProperty("dialogId") @Nullable String dialogId,
    @JsonProperty("hasAccess") @Nullable Boolean hasAccess, @JsonProperty("id") @Nullable Long id,
    @JsonProperty("isExtranet") @Nullable Boolean isExtranet,
    @JsonProperty("originalNodeId") @Nullable Long originalNodeId,
    @JsonProperty("subtitle") @Nullable String subtitle,
    @JsonProperty("title") @Nullable String title,
    @JsonProperty("type") Communication. @Nullable Type type) {
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
    builder.avatar = avatar;
    builder.color = color;
    builder.dialogId = dialogId;
    builder.hasAccess = hasAccess;
    builder.id = id;
    builder.isExtranet = isExtranet;
    builder.originalNodeId = originalNodeId;
    builder.subtitle = subtitle;
    builder.title = title;
    builder.type = type;
    return builder;
  }

  /**
   * Type of communication.
   *
   * <p>An open set: the constants are the values the docs list; {@link #of} keeps any other value
   * as it came, and it is written back unchanged.
   */
  public static final class Type implements WireEnum<String> {
    /**
     * Chat.
     */
    public static final Type CHAT = new Type("CHAT");

    /**
     * Channel.
     */
    public static final Type CHANNEL = new Type("CHANNEL");

    /**
     * Collab.
     */
    public static final Type COLLAB = new Type("COLLAB");

    private static final List<Type> KNOWN_VALUES = List.of(CHAT, CHANNEL, COLLAB);

    private final String value;

    private Type(String value) {
      this.value = value;
    }

    /**
     * The value for a wire value: its constant, or a new value for one this client does not know.
     *
     * @param value the value on the wire
     * @return the value
     */
    @JsonCreator(
        mode = JsonCreator.Mode.DELEGATING
    )
    public static Type of(String value) {
      Objects.requireNonNull(value, "value");
      for (Type known : KNOWN_VALUES) {
        if (known.value.equals(value)) {
          return known;
        }
      }
      return new Type(value);
    }

    /**
     * The values the docs list, in their order.
     *
     * @return the constants
     */
    public static List<Type> knownValues() {
      return KNOWN_VALUES;
    }

    /**
     * The value on the wire.
     *
     * @return the value, as it was read or given
     */
    @Override
    @JsonValue
    public String value() {
      return value;
    }

    /**
     * Whether the docs list this value.
     *
     * @return false for a value this client does not know
     */
    @Override
    public boolean isKnown() {
      return KNOWN_VALUES.contains(this);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Type that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    /**
     * The wire value.
     *
     * @return the wire value as text
     */
    @Override
    public String toString() {
      return value;
    }
  }

  /**
   * Builds a {@link Communication}.
   */
  public static final class Builder {
    private @Nullable String avatar;

    private @Nullable String color;

    private @Nullable String dialogId;

    private @Nullable Boolean hasAccess;

    private @Nullable Long id;

    private @Nullable Boolean isExtranet;

    private @Nullable Long originalNodeId;

    private @Nullable String subtitle;

    private @Nullable String title;

    private @Nullable Type type;

    private Builder() {
    }

    /**
     * Sets {@code avatar}.
     *
     * @param avatar Link to the communication avatar. The portal may send null.
     * @return this builder
     */
    public Builder avatar(@Nullable String avatar) {
      this.avatar = avatar;
      return this;
    }

    /**
     * Sets {@code color}.
     *
     * @param color Color of the communication. Returned only for chats and channels.
     * @return this builder
     */
    public Builder color(@Nullable String color) {
      this.color = color;
      return this;
    }

    /**
     * Sets {@code dialogId}.
     *
     * @param dialogId Identifier of the dialog.
     * @return this builder
     */
    public Builder dialogId(@Nullable String dialogId) {
      this.dialogId = dialogId;
      return this;
    }

    /**
     * Sets {@code hasAccess}.
     *
     * @param hasAccess Indicator of the current user's access to the communication.
     * @return this builder
     */
    public Builder hasAccess(@Nullable Boolean hasAccess) {
      this.hasAccess = hasAccess;
      return this;
    }

    /**
     * Sets {@code id}.
     *
     * @param id Identifier of the communication.
     * @return this builder
     */
    public Builder id(@Nullable Long id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code isExtranet}.
     *
     * @param isExtranet Indicator of extranet communication. Returned only for chats and channels.
     * @return this builder
     */
    public Builder isExtranet(@Nullable Boolean isExtranet) {
      this.isExtranet = isExtranet;
      return this;
    }

    /**
     * Sets {@code originalNodeId}.
     *
     * @param originalNodeId Identifier of the original department or team. The portal may send
     *     null.
     * @return this builder
     */
    public Builder originalNodeId(@Nullable Long originalNodeId) {
      this.originalNodeId = originalNodeId;
      return this;
    }

    /**
     * Sets {@code subtitle}.
     *
     * @param subtitle Subtitle of the communication.
     * @return this builder
     */
    public Builder subtitle(@Nullable String subtitle) {
      this.subtitle = subtitle;
      return this;
    }

    /**
     * Sets {@code title}.
     *
     * @param title Title of the communication.
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @param type Type of communication. Allowed values: <code>CHAT</code> (chat),
     *     <code>CHANNEL</code> (channel), <code>COLLAB</code> (collab).
     * @return this builder
     */
    public Builder type(@Nullable Type type) {
      this.type = type;
      return this;
    }

    /**
     * The {@link Communication} of the values set.
     *
     * @return a new record
     */
    public Communication build() {
      return new Communication(avatar, color, dialogId, hasAccess, id, isExtranet, originalNodeId,
          subtitle, title, type);
    }
  }
}
