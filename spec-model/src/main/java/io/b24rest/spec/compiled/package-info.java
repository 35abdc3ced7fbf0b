/**
 * The compiled form of the specs: the validated {@link io.b24rest.spec.model.SpecModel} as JSON,
 * written by the spec processor into each module it generates code for and read back at run time
 * (by the testkit) with Jackson alone, so that nothing at run time needs a YAML parser.
 */
package io.b24rest.spec.compiled;
