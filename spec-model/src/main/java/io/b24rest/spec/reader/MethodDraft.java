package io.b24rest.spec.reader;

import io.b24rest.core.MethodKind;
import io.b24rest.spec.model.Example;
import io.b24rest.spec.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A method file as written, before the checks that need other files.
 *
 * @param path the file's path
 * @param folder the folder it is in, which must be its scope
 * @param name the {@code method} value
 * @param scope the {@code scope} value
 * @param kind read or write, empty when missing or invalid
 * @param access who may call it
 * @param summary one sentence
 * @param description longer text
 * @param docs the docs page
 * @param notes how the spec interprets the docs
 * @param params the request params
 * @param resultDescription what {@code result} holds
 * @param result {@code result} as one field named {@code result}: its type ({@code object} with
 *     the listed {@code fields}, or the written {@code type}) and shape; empty when unreadable
 * @param types the named types the file declares
 * @param errors the errors the page documents
 * @param requestExample the request body, as compact JSON
 * @param responseExamples the answers
 * @param location the start of the file
 * @param paging the {@code paging} block of a paged list method
 * @param java the {@code java} block: Java names chosen by the spec
 */
public record MethodDraft(
    String path,
    String folder,
    Located<String> name,
    Located<String> scope,
    Optional<MethodKind> kind,
    String access,
    String summary,
    Optional<String> description,
    String docs,
    Optional<String> notes,
    List<FieldDraft> params,
    String resultDescription,
    Optional<FieldDraft> result,
    List<NamedTypeDraft> types,
    List<ErrorDraft> errors,
    Optional<String> requestExample,
    List<Example> responseExamples,
    SourceLocation location,
    Optional<PagingDraft> paging,
    JavaDraft java) {

  /** The result as a list of one field, for the checks that walk field lists. */
  public List<FieldDraft> resultFields() {
    return result.stream().toList();
  }

  /**
   * The named type {@code result} is ({@code type: Node}), if its type is a plain name; empty
   * when the type is anything else or does not parse.
   */
  public Optional<Located<String>> resultType() {
    return result
        .filter(r -> TypeExpressionParser.parse(r.type().value()).expression().orElse(null) instanceof TypeExpression.Name)
        .map(FieldDraft::type);
  }

  /** The file name without {@code .yaml}: what {@code method} must say. */
  public String nameFromFile() {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    return fileName.substring(0, fileName.length() - ".yaml".length());
  }
}
