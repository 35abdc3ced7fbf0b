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
 *       {@code <Group><Action>Result}; per named type a record or an enum;
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
 *       which the builder ({@code IllegalStateException}) and the record's constructor
 *       ({@code IllegalArgumentException}) reject when missing. Null is written as absent.
 *   <li>Enums: one constant a value plus {@code UNKNOWN}, which an unknown wire value reads as.
 *   <li>Responses ignore unknown fields; requests do not (the fake portal reads them strictly).
 *   <li>Output is deterministic: no dates, sorted files, the same bytes for the same specs.
 * </ul>
 */
package io.b24rest.processor.writer;
