package io.b24rest.spec.model;

/**
 * Where something was written in a spec file, for diagnostics that point at the line to fix.
 *
 * @param file the spec's class path resource, for example
 *     {@code bitrix24/spec/humanresources/humanresources.node.communication.list.yaml}
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
