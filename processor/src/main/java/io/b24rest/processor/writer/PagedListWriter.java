package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.b24rest.spec.model.MethodModel;
import io.b24rest.spec.model.Paging;
import io.b24rest.spec.model.SpecModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds to a Feign interface, for each method whose spec declares {@code paging} of style
 * {@code page} or {@code cursor}, default methods that walk all its pages lazily.
 *
 * <p>Page style: {@code Stream<Node> listAll(NodeListRequest request)} and {@code listAll(request,
 * ListOptions)} read in bulk through {@code io.b24rest.core.paging.ListReader}: many pages of the
 * method's largest size per HTTP request (REST 3.0 batch), by id where the spec declares {@code
 * paging.keyset}. The interface then extends {@code BulkListApi}, whose {@code listReader()} the
 * client's invocation handler answers with its batching reader (a Feign proxy has no state of its
 * own; any other implementation of the interface gets the default, one page per request). The
 * overloads with a page size and a page bound walk one page per request ({@code
 * io.b24rest.core.paging.Pages}). Cursor style: the walk follows the cursor, one page per request.
 *
 * <p>Each page is an ordinary call of the interface's own method (or of the client's batch), with
 * the paging param replaced ({@code request.withPagination(...)}), so it goes through the client's
 * pacing, retries and error handling. The walk is bounded and stops on a short page; a cursor walk
 * also stops on a missing cursor and on a cursor that does not advance.
 *
 * <p>This class picks the overloads of each method; {@link PageWalkWriter} writes the page walkers,
 * {@link BulkListWriter} the bulk reads, both from what {@link PagedMethod} and {@link
 * ListAllSignature} say of the method.
 */
final class PagedListWriter {
  private static final ClassName BULK_LIST_API = ClassName.get("io.b24rest.core.paging", "BulkListApi");

  private final ApiNames names;
  private final JavaTypes types;
  private final SpecModel model;
  private final PageWalkWriter walkers;
  private final BulkListWriter bulk;

  PagedListWriter(ApiNames names, SpecModel model) {
    this.names = names;
    this.types = new JavaTypes(names);
    this.model = model;
    this.walkers = new PageWalkWriter(names, types);
    this.bulk = new BulkListWriter(names, model);
  }

  /** {@code api} with the paging methods of the paged methods of {@code group} added. */
  JavaFile addTo(JavaFile api, List<MethodModel> group) {
    List<MethodSpec> added = new ArrayList<>();
    for (MethodModel method : group) {
      added.addAll(methodsOf(method));
    }
    if (added.isEmpty()) {
      return api;
    }
    TypeSpec.Builder withPaging = api.typeSpec().toBuilder().addMethods(added);
    if (group.stream().anyMatch(this::readsInBulk)) {
      withPaging.addSuperinterface(BULK_LIST_API);
    }
    return GeneratedFiles.of(api.packageName(), withPaging.build());
  }

  /** Whether {@code method}'s {@code listAll} reads through {@code BulkListApi.listReader()}. */
  private boolean readsInBulk(MethodModel method) {
    return PagedMethod.of(method, model).filter(w -> w.paging().style() == Paging.Style.PAGE).isPresent();
  }

  /** The paging methods of {@code method}; none if it is not walked. */
  List<MethodSpec> methodsOf(MethodModel method) {
    Optional<PagedMethod> walk = PagedMethod.of(method, model);
    if (walk.isEmpty()) {
      return List.of();
    }
    ListAllSignature signature = ListAllSignature.of(walk.get(), names, types);
    if (walk.get().paging().style() == Paging.Style.PAGE) {
      return List.of(
          bulk.byDefault(walk.get(), signature),
          bulk.withOptions(walk.get(), signature),
          walkers.bySize(walk.get(), signature),
          walkers.bounded(walk.get(), signature));
    }
    return List.of(
        walkers.byDefault(walk.get(), signature),
        walkers.bySize(walk.get(), signature),
        walkers.bounded(walk.get(), signature));
  }
}
