/**
 * Turns a validated {@link io.b24rest.spec.model.SpecModel} into Java source (Palantir
 * JavaPoet), one writer class per kind of output; {@link io.b24rest.processor.writer.SpecWriter}
 * runs them all. Everything goes under the base package of {@code @GenerateFromSpecs} (default
 * {@code io.b24rest.api}):
 *
 * <ul>
 *   <li>{@code <base>.<scope>}: per method group (the method name without its last segment) a
 *       Feign interface named after the group without the scope prefix
 *       ({@code humanresources.node.communication} becomes {@code NodeCommunicationApi}); per method
 *       a request record {@code <Group><Action>Request} with a builder and a result record
 *       {@code <Group><Action>Result}; per named type a record with a builder or an open enum;
 *       a {@code @NullMarked} {@code package-info} per package;
 *   <li>{@code <base>.errors}: per error code an exception {@code <exception>Exception} and the
 *       registry {@code Bitrix24Errors};
 *   <li>{@code <base>}: {@code Bitrix24Methods}, every method as a {@code MethodDescriptor}.
 * </ul>
 *
 * <p>Rules the generated code follows:
 *
 * <ul>
 *   <li>Names: see {@link io.b24rest.processor.writer.JavaNames}; a JSON name keeps its spelling in
 *       {@code @JsonProperty} ({@code MEMBER_HEAD} is component {@code memberHead}); an inline
 *       object or enum becomes a nested type named after its field.
 *   <li>Null: every component is a reference type and {@code @Nullable}, except required params,
 *       which the builder and the record's constructor reject when missing ({@code
 *       Bitrix24RequestValidationException}, naming the param), and a page's items, which read as
 *       empty when absent. Null is written as absent. Lists and maps are unmodifiable copies.
 *   <li>Enums: open value types ({@code WireEnum}): a constant a value the docs list; any other
 *       wire value keeps its text ({@code isKnown()} false) and is written back unchanged.
 *   <li>Requests: {@code builder()}, {@code toBuilder()}, a wither a param; an API method none of
 *       whose params is required is also callable without a request ({@code api.count()}).
 *   <li>Javadoc: the spec's summary, description, access, params, errors (one {@code @throws} an
 *       exception class) and docs link; the spec's {@code notes} stay in the spec. Lines are
 *       wrapped at 100 columns by {@link io.b24rest.processor.writer.GeneratedFiles}, which also
 *       adds {@code @Generated} to every file.
 *   <li>Shape: {@code GoldenFilesTest} compares a few generated files with checked-in copies under
 *       {@code src/test/resources/golden}; {@code -Dgolden.update=true} regenerates them.
 *   <li>Responses ignore unknown fields; requests do not (the fake portal reads them strictly).
 *   <li>Output is deterministic: no dates, sorted files, the same bytes for the same specs.
 * </ul>
 */
package io.b24rest.processor.writer;
