package io.b24rest.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.b24rest.spec.model.FieldModel;
import io.b24rest.spec.model.MethodModel;
import java.util.stream.Stream;

/**
 * The Java names every {@code <action>All} overload of a paged method is written with.
 *
 * @param name the overloads' name, {@code listAll}
 * @param call the interface method that fetches one page, {@code list}
 * @param request the method's request record
 * @param result the method's result record
 * @param item the type of a page's items
 * @param stream {@code Stream<item>}, what the overloads return
 */
record ListAllSignature(
    String name, String call, ClassName request, ClassName result, TypeName item, TypeName stream) {

  static ListAllSignature of(PagedMethod paged, ApiNames names, JavaTypes types) {
    MethodModel method = paged.method();
    ClassName resultRecord = names.resultRecord(method);
    FieldModel items = paged.items();
    TypeName itemList =
        types.of(items, method.scope(), resultRecord.nestedClass(JavaNames.singular(JavaNames.upperCamel(items.name()))));
    TypeName item = ((ParameterizedTypeName) itemList).typeArguments().get(0);
    TypeName stream = ParameterizedTypeName.get(ClassName.get(Stream.class), item);
    return new ListAllSignature(
        names.javaMethod(method) + "All", names.javaMethod(method), names.request(method), resultRecord, item, stream);
  }
}
