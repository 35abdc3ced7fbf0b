package io.b24rest.spec.reader;

/**
 * The text of one spec file and the path diagnostics name it by.
 *
 * @param path the class path resource, for example
 *     {@code bitrix24/spec/humanresources/humanresources.node.communication.list.yaml}
 * @param text the YAML text
 */
public record SpecSource(String path, String text) {}
