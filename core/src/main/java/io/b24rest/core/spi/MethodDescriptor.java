package io.b24rest.core.spi;

import io.b24rest.core.MethodKind;

/**
 * What the generated code knows of one Bitrix24 method: enough for tools that call any method by
 * name (the sample client's {@code call}, batch) to find its typed request and result.
 *
 * @param name the REST method name
 * @param kind read or write
 * @param api the generated Feign interface that holds the method
 * @param javaMethod the name of the Java method in {@code api}
 * @param requestType the generated request record
 * @param resultType the generated result record
 */
public record MethodDescriptor(
    String name,
    MethodKind kind,
    Class<?> api,
    String javaMethod,
    Class<?> requestType,
    Class<?> resultType) {}
