package io.b24rest.spec.reader;

import java.util.Optional;

/** The kinds of spec file, told apart by file name. */
public enum SpecFileKind {
  /** {@code <scope>/<method>.yaml}. */
  METHOD,
  /** {@code <scope>/<scope>.types.yaml}. */
  TYPES,
  /** {@code common.types.yaml}: the types every scope shares. */
  COMMON_TYPES,
  /** {@code common-errors.yaml}. */
  CATALOGUE;

  static final String CATALOGUE_NAME = "common-errors.yaml";
  static final String COMMON_TYPES_NAME = "common.types.yaml";
  static final String TYPES_SUFFIX = ".types.yaml";
  static final String SPEC_SUFFIX = ".yaml";

  /**
   * The kind a file name says.
   *
   * @param fileName the file's name, without its folder
   * @return the kind, empty when the name names no spec file
   */
  public static Optional<SpecFileKind> of(String fileName) {
    if (fileName.equals(CATALOGUE_NAME)) {
      return Optional.of(CATALOGUE);
    }
    if (fileName.equals(COMMON_TYPES_NAME)) {
      return Optional.of(COMMON_TYPES);
    }
    if (fileName.endsWith(TYPES_SUFFIX) && fileName.length() > TYPES_SUFFIX.length()) {
      return Optional.of(TYPES);
    }
    if (fileName.endsWith(SPEC_SUFFIX) && fileName.length() > SPEC_SUFFIX.length()) {
      return Optional.of(METHOD);
    }
    return Optional.empty();
  }
}
