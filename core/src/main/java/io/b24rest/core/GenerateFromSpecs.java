package io.b24rest.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anchor for the spec processor: put it on one type (or package) of the module that should contain
 * the generated client. The processor reads the index named here from the compile class path and
 * generates the Feign interfaces, records and exceptions of every spec it lists.
 *
 * <p>The compiler cannot list a directory of the class path, hence the index: a plain text file
 * with one spec resource path a line, written by the build of the spec module.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface GenerateFromSpecs {
  /** Class path resource of the spec index. */
  String index() default "bitrix24/spec/index.txt";

  /** Java package that receives the generated code. */
  String basePackage() default "io.b24rest.api";
}
