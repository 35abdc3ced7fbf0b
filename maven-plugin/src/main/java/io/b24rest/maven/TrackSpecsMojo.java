package io.b24rest.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes an edited, added or removed spec file regenerate its API in the next build, without
 * {@code clean}.
 *
 * <p>The compiler plugin compiles again only when Java sources or dependencies change, not when
 * the module's resources do, so on its own it would keep the API generated from the old specs.
 * This goal, bound to {@code process-resources} (after the resources are copied), compares the
 * spec files under {@code bitrix24/spec/} of the module's resource folders with those of the
 * last build (their SHA-256, kept in {@code target/b24rest/}); when any differs it deletes the
 * module's class files and generated sources, so that {@code javac} and the spec processor run
 * again, and removes the class output's copy of a deleted spec. A build with the same specs
 * touches nothing and compiles nothing.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.b24rest</groupId>
 *   <artifactId>b24-maven-plugin</artifactId>
 *   <version>...</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>track-specs</goal></goals>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "track-specs", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class TrackSpecsMojo extends AbstractMojo {
  /** The module's resource folders; those with a {@code targetPath} are not where specs go. */
  @Parameter(defaultValue = "${project.build.resources}", readonly = true, required = true)
  List<Resource> resources = List.of();

  /** The class output, where the resources are copied and the classes compiled. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File classesDirectory = new File("target/classes");

  /** Where the compiler plugin puts what annotation processors generate. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-sources/annotations",
      required = true)
  File generatedSourcesDirectory = new File("target/generated-sources/annotations");

  /** The record of the spec files of the last build. */
  @Parameter(
      defaultValue = "${project.build.directory}/b24rest/spec-files.sha256",
      readonly = true,
      required = true)
  File fingerprintFile = new File("target/b24rest/spec-files.sha256");

  /** Skips the goal ({@code -Db24.skip}). */
  @Parameter(property = "b24.skip", defaultValue = "false")
  boolean skip;

  /** For Maven, which sets the parameters. */
  public TrackSpecsMojo() {}

  /**
   * Compares the spec files with the last build's and drops what was compiled from the old ones.
   *
   * @throws MojoExecutionException when a spec file or the class output cannot be read or written
   */
  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("b24: track-specs skipped");
      return;
    }
    try {
      track();
    } catch (IOException e) {
      throw new MojoExecutionException(
          "b24: could not compare the spec files with the last build's: " + e, e);
    }
  }

  private void track() throws IOException {
    SpecFingerprint now = SpecFingerprint.of(resourceRoots());
    Optional<SpecFingerprint> before = SpecFingerprint.read(fingerprintFile.toPath());
    CompiledOutput output =
        new CompiledOutput(classesDirectory.toPath(), generatedSourcesDirectory.toPath());
    List<String> staleCopies = output.dropSpecCopiesOtherThan(now.files().keySet());
    if (before.isPresent()) {
      SpecChanges changes = now.changesSince(before.get());
      if (!changes.none() || !staleCopies.isEmpty()) {
        int dropped = output.drop();
        getLog().info(
            "b24: spec files changed since the last build: "
                + (changes.none() ? staleCopies.size() + " removed" : changes.describe())
                + "; dropped " + dropped + " class files and the generated sources, so that the"
                + " API is generated again");
      }
    } else if (output.hasClasses()) {
      // No record: a build before this goal was added, whose classes may come from other specs.
      int dropped = output.drop();
      getLog().info(
          "b24: no record of the spec files of the last build; dropped its " + dropped
              + " class files, so that the API is generated from the current specs");
    }
    now.write(fingerprintFile.toPath());
  }

  private List<Path> resourceRoots() {
    List<Path> roots = new ArrayList<>();
    for (Resource resource : resources) {
      if (resource.getTargetPath() == null && resource.getDirectory() != null) {
        roots.add(Path.of(resource.getDirectory()));
      }
    }
    return roots;
  }
}
