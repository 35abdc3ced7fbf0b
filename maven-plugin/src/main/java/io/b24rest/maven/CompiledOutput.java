package io.b24rest.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the compiler made of a project in an earlier build: the class files in the class output
 * and the sources the annotation processors generated. Dropping them is what makes the compiler
 * plugin, which sees only Java sources and dependencies change, compile the module again, and
 * the spec processor generate again.
 */
final class CompiledOutput {
  private final Path classesDirectory;
  private final Path generatedSourcesDirectory;

  CompiledOutput(Path classesDirectory, Path generatedSourcesDirectory) {
    this.classesDirectory = classesDirectory;
    this.generatedSourcesDirectory = generatedSourcesDirectory;
  }

  /** Whether an earlier build compiled anything. */
  boolean hasClasses() throws IOException {
    return !classFiles().isEmpty();
  }

  /**
   * Deletes every class file of the class output (the resources stay) and every generated source;
   * all of them, not only the spec's own types, because the module's hand-written classes that
   * use the generated ones must be compiled against the new ones.
   *
   * @return how many class files were deleted
   */
  int drop() throws IOException {
    List<Path> classes = classFiles();
    for (Path file : classes) {
      Files.deleteIfExists(file);
    }
    if (Files.isDirectory(generatedSourcesDirectory)) {
      for (Path file : walk(generatedSourcesDirectory, Comparator.reverseOrder())) {
        if (!file.equals(generatedSourcesDirectory)) {
          Files.deleteIfExists(file);
        }
      }
    }
    return classes.size();
  }

  /**
   * Deletes the class output's copies of spec files whose source is gone: the resources plugin
   * copies files but never removes one, and the processor reads the specs from the class output.
   *
   * @param current the resource paths of the spec files that exist
   * @return the resource paths of the copies deleted
   */
  List<String> dropSpecCopiesOtherThan(Set<String> current) throws IOException {
    Path folder = classesDirectory.resolve(SpecFingerprint.FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<String> dropped = new ArrayList<>();
    for (Path file : walk(folder, Comparator.naturalOrder())) {
      String path = SpecFingerprint.resourcePath(classesDirectory, file);
      if (Files.isRegularFile(file) && !current.contains(path)) {
        Files.delete(file);
        dropped.add(path);
      }
    }
    return dropped;
  }

  private List<Path> classFiles() throws IOException {
    if (!Files.isDirectory(classesDirectory)) {
      return List.of();
    }
    return walk(classesDirectory, Comparator.naturalOrder()).stream()
        .filter(file -> file.getFileName().toString().endsWith(".class"))
        .filter(Files::isRegularFile)
        .toList();
  }

  private static List<Path> walk(Path folder, Comparator<Path> order) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.sorted(order).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
