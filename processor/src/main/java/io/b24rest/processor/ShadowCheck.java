package io.b24rest.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.b24rest.processor.writer.ApiNames;
import io.b24rest.processor.writer.SpecWriter;
import io.b24rest.spec.model.ErrorCode;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.NamedType;
import io.b24rest.spec.model.SpecModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's own specs must not generate a class the library has already: the project's would
 * replace the library's on the class path (its {@code Bitrix24Methods} hiding every library
 * method). Each such class is one error naming the spec that makes it.
 */
final class ShadowCheck {
  private ShadowCheck() {}

  /**
   * One message per own file whose class the library generated too, starting with the spec's
   * {@code file:line:col} (or {@code anchorName} for the registries, which come from no one spec).
   */
  static List<String> problems(
      List<JavaFile> own, SpecModel ownModel, ApiNames ownNames, Set<String> libraryClasses, String anchorName) {
    Set<String> taken =
        libraryClasses.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    Map<String, String> origins = origins(ownModel, ownNames);
    List<String> problems = new ArrayList<>();
    for (JavaFile file : own) {
      String name = SpecWriter.qualifiedName(file);
      if (taken.contains(name.toLowerCase(Locale.ROOT))) {
        problems.add(
            origins.getOrDefault(name, anchorName)
                + ": the generated class "
                + name
                + " would shadow the library's class of that name; give @GenerateFromSpecs a"
                + " basePackage of your own (not "
                + ownNames.basePackage()
                + "), or rename the method or type");
      }
    }
    return problems;
  }

  /** The library's generated classes, by qualified name. */
  static Set<String> classesOf(SpecModel library, String libraryPackage) {
    return new SpecWriter(libraryPackage).write(library).stream()
        .map(SpecWriter::qualifiedName)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Map<String, String> origins(SpecModel model, ApiNames names) {
    Map<String, String> origins = new HashMap<>();
    for (MethodModel method : model.methods()) {
      String where = method.location().toString();
      for (ClassName name :
          List.of(names.api(method), names.request(method), names.resultRecord(method), names.resultItem(method))) {
        origins.putIfAbsent(name.canonicalName(), where);
      }
    }
    for (NamedType type : model.types()) {
      origins.putIfAbsent(names.namedType(type).canonicalName(), type.location().toString());
    }
    for (ErrorCode code : model.errorCodes()) {
      origins.putIfAbsent(names.exception(code).canonicalName(), code.location().toString());
    }
    return origins;
  }
}
