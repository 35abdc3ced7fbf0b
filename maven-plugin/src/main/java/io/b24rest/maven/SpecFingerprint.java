package io.b24rest.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The spec files of a project as they were at one build: each file's path under its resources
 * root ({@code bitrix24/spec/tasks/tasks.task.add.yaml}) with the SHA-256 of its content.
 *
 * <p>Contents, not modification times: a checkout, a copy or an editor that saves an unchanged
 * file touches the time and changes nothing, and a file restored from an older commit can be older
 * than the last build and still differ.
 *
 * @param files the SHA-256 (hex) of each spec file, by resource path
 */
record SpecFingerprint(SortedMap<String, String> files) {
  /** Where the spec files sit in a resources root, and so in the class output. */
  static final String FOLDER = "bitrix24/spec";

  SpecFingerprint {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /**
   * The spec files under {@value #FOLDER} of the given resources roots; a root without such a
   * folder, or that does not exist, adds none. A path found in two roots counts once, the first
   * root's file winning, as the resources plugin copies them.
   */
  static SpecFingerprint of(List<Path> resourceRoots) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    for (Path root : resourceRoots) {
      Path folder = root.resolve(FOLDER);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
          files.putIfAbsent(resourcePath(root, file), sha256(file));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return new SpecFingerprint(files);
  }

  /** The fingerprint written by {@link #write(Path)}; empty when the file does not exist. */
  static Optional<SpecFingerprint> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    SortedMap<String, String> files = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int space = line.indexOf("  ");
      if (space > 0) {
        files.put(line.substring(space + 2), line.substring(0, space));
      }
    }
    return Optional.of(new SpecFingerprint(files));
  }

  /** Writes the fingerprint, one {@code sha256  path} line a file (as {@code sha256sum} does). */
  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    files.forEach((path, hash) -> lines.add(hash + "  " + path));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** What differs from {@code before}: the files added, edited and removed since. */
  SpecChanges changesSince(SpecFingerprint before) {
    List<String> added = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      String old = before.files.get(file.getKey());
      if (old == null) {
        added.add(file.getKey());
      } else if (!old.equals(file.getValue())) {
        edited.add(file.getKey());
      }
    }
    List<String> removed =
        before.files.keySet().stream().filter(path -> !files.containsKey(path)).toList();
    return new SpecChanges(added, edited, removed);
  }

  /** The path of {@code file} under {@code root}, with {@code /} between its names. */
  static String resourcePath(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
