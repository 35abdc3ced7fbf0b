package io.b24rest.spectools.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A draft spec of one method, as an importer could fill it in; see {@link DraftYamlWriter}. */
public final class DraftMethod {
  public final String method;
  public String scope;
  public String kind = "read";
  public String access = "";
  public String summary = "";
  public String description;
  public String docs = "";
  public final List<String> notes = new ArrayList<>();
  public final List<DraftField> params = new ArrayList<>();
  public String resultDescription = "";
  /** The fields of an object result; empty when {@link #resultType} is set. */
  public final List<DraftField> resultFields = new ArrayList<>();
  /** A result that is not an object of fields: {@code boolean}, {@code array<Item>}, a type name. */
  public String resultType;
  public final List<DraftType> types = new ArrayList<>();
  public final List<DraftError> errors = new ArrayList<>();
  public String requestExample;
  public final List<DraftExample> responses = new ArrayList<>();
  public Optional<DraftPaging> paging = Optional.empty();
  public String javaMethod;
  /** Undecided points of the method as a whole, keyed by the line they stand before. */
  public final List<String> kindTodos = new ArrayList<>();
  public final List<String> accessTodos = new ArrayList<>();
  public final List<String> summaryTodos = new ArrayList<>();
  public final List<String> resultTodos = new ArrayList<>();
  public final List<String> errorTodos = new ArrayList<>();
  public final List<String> exampleTodos = new ArrayList<>();

  public DraftMethod(String method, String scope) {
    this.method = method;
    this.scope = scope;
  }

  /** The last segment of the method name. */
  public String action() {
    return method.substring(method.lastIndexOf('.') + 1);
  }

  /** Every TODO of the draft, for the summary on stderr. */
  public int todoCount() {
    int count = kindTodos.size() + accessTodos.size() + summaryTodos.size() + resultTodos.size()
        + errorTodos.size() + exampleTodos.size();
    for (DraftField field : params) {
      count += todos(field);
    }
    for (DraftField field : resultFields) {
      count += todos(field);
    }
    for (DraftType type : types) {
      count += type.todos.size();
      for (DraftField field : type.fields) {
        count += todos(field);
      }
    }
    return count;
  }

  private static int todos(DraftField field) {
    int count = field.todos.size();
    for (DraftField nested : field.fields) {
      count += todos(nested);
    }
    return count;
  }

  /** Optional text, empty when not set. */
  public Optional<String> descriptionText() {
    return Optional.ofNullable(description).filter(text -> !text.isBlank());
  }
}
