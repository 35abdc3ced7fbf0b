package io.b24rest.spec.model;

/**
 * One allowed value of an enum.
 *
 * @param value the value on the wire, for example {@code CHAT}
 * @param description its meaning, from the docs
 */
public record EnumValue(String value, String description) {}
