package io.b24rest.spec.reader;

import io.b24rest.spec.model.SourceLocation;
import io.b24rest.spec.validation.Diagnostics;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One spec file being read: its path, the folder it sits in, and where its problems go.
 *
 * @param path the path diagnostics name it by
 * @param diagnostics where problems are reported
 */
record SpecFile(String path, Diagnostics diagnostics) {

  /** The file name, without folders. */
  String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The name of the folder the file is in, empty when it is in none. */
  String folder() {
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return "";
    }
    return path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
  }

  /** Where {@code node} starts. */
  SourceLocation at(Node node) {
    return at(node.getStartMark());
  }

  /** Where {@code mark} points, or the start of the file when there is no mark. */
  SourceLocation at(Optional<Mark> mark) {
    return mark.map(m -> at(m.getLine() + 1, m.getColumn() + 1)).orElse(start());
  }

  /** A 1-based line and column of this file. */
  SourceLocation at(int line, int column) {
    return new SourceLocation(path, line, column);
  }

  /** The first line and column of this file. */
  SourceLocation start() {
    return at(1, 1);
  }

  /** Reports a problem at {@code node}. */
  void report(Node node, String problem, String fix) {
    diagnostics.report(at(node), problem, fix);
  }

  /** Reports a problem at {@code location}. */
  void report(SourceLocation location, String problem, String fix) {
    diagnostics.report(location, problem, fix);
  }
}
