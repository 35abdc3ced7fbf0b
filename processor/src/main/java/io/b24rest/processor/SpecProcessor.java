package io.b24rest.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.b24rest.core.GenerateFromSpecs;
import io.b24rest.spec.model.SpecModel;
import io.b24rest.spec.reader.SpecReadResult;
import io.b24rest.spec.reader.SpecReader;
import io.b24rest.spec.reader.SpecSource;
import io.b24rest.spec.validation.SpecDiagnostic;
import io.b24rest.processor.writer.NameClashException;
import io.b24rest.processor.writer.SpecWriter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Generates the typed Bitrix24 client from the spec files on the compile class path, once per
 * compilation, for the one element annotated with {@link GenerateFromSpecs}.
 *
 * <p>It reads the index named by the annotation (the compiler cannot list class path folders),
 * every spec the index lists, and hands them to {@link SpecReader}. Each problem in the specs
 * becomes one compile error starting with {@code file.yaml:line:col:}; if there is any, nothing is
 * generated. An unexpected failure is one compile error too, never a stack trace.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes(SpecProcessor.ANNOTATION)
public final class SpecProcessor extends AbstractProcessor {
  static final String ANNOTATION = "io.b24rest.core.GenerateFromSpecs";

  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || annotations.isEmpty()) {
      return !annotations.isEmpty();
    }
    List<Element> anchors = new ArrayList<>();
    for (TypeElement annotation : annotations) {
      anchors.addAll(round.getElementsAnnotatedWith(annotation));
    }
    if (anchors.isEmpty()) {
      return true;
    }
    done = true;
    anchors.sort(Comparator.comparing(Object::toString));
    if (anchors.size() > 1) {
      for (Element extra : anchors.subList(1, anchors.size())) {
        error("@GenerateFromSpecs may annotate one element per compilation; "
            + anchors.get(0) + " has it already. Remove it from " + extra + ".", extra);
      }
      return true;
    }
    Element anchor = anchors.get(0);
    GenerateFromSpecs settings = anchor.getAnnotation(GenerateFromSpecs.class);
    try {
      generate(anchor, settings.index(), settings.basePackage());
    } catch (NameClashException e) {
      // No element: the message starts with the spec's file:line:col, the place to fix.
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.diagnostic().format());
    } catch (RuntimeException | IOException e) {
      error("the Bitrix24 spec processor failed unexpectedly: " + describe(e)
          + ". This is a bug of the processor, not of the specs; please report it.", anchor);
    }
    return true;
  }

  private void generate(Element anchor, String index, String basePackage) throws IOException {
    if (!SourceVersion.isName(basePackage)) {
      error("basePackage '" + basePackage + "' of @GenerateFromSpecs is not a Java package name", anchor);
      return;
    }
    Optional<List<SpecSource>> sources = readSources(anchor, index);
    if (sources.isEmpty()) {
      return;
    }
    SpecReadResult result = SpecReader.read(sources.get());
    for (SpecDiagnostic diagnostic : result.diagnostics()) {
      // No element: the message itself starts with file.yaml:line:col, the place to fix.
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, diagnostic.format());
    }
    if (!result.diagnostics().isEmpty()) {
      return;
    }
    if (result.model().isEmpty()) {
      error("the spec reader returned neither a model nor a problem; nothing was generated", anchor);
      return;
    }
    write(result.model().get(), basePackage, anchor);
  }

  /** The index and every spec it lists, or empty after reporting what is missing. */
  private Optional<List<SpecSource>> readSources(Element anchor, String index) throws IOException {
    String indexText;
    try {
      indexText = read(index).toString();
    } catch (FileNotFoundException | IllegalArgumentException e) {
      error("the spec index '" + index + "' is not on the compile class path."
          + " Add the dependency io.b24rest:b24-spec to this module.", anchor);
      return Optional.empty();
    }
    List<SpecSource> sources = new ArrayList<>();
    boolean complete = true;
    for (String path : indexEntries(indexText)) {
      try {
        sources.add(new SpecSource(path, read(path).toString()));
      } catch (FileNotFoundException | IllegalArgumentException e) {
        complete = false;
        error("the spec index '" + index + "' lists '" + path + "', which is not on the compile"
            + " class path. Rebuild the spec module so that its index matches its files.", anchor);
      }
    }
    return complete ? Optional.of(sources) : Optional.empty();
  }

  /** The class path resources the index lists, one a line; blank lines and {@code #} comments skipped. */
  private static List<String> indexEntries(String text) {
    List<String> paths = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String path = line.strip();
      if (!path.isEmpty() && !path.startsWith("#")) {
        paths.add(path);
      }
    }
    return paths;
  }

  private CharSequence read(String resource) throws IOException {
    FileObject file = processingEnv.getFiler().getResource(StandardLocation.CLASS_PATH, "", resource);
    return file.getCharContent(true);
  }

  private void write(SpecModel model, String basePackage, Element anchor) throws IOException {
    for (JavaFile file : new SpecWriter(basePackage).write(model)) {
      JavaFileObject source =
          processingEnv.getFiler().createSourceFile(SpecWriter.qualifiedName(file), anchor);
      try (Writer out = source.openWriter()) {
        out.write(file.toString());
      }
    }
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
  }
}
