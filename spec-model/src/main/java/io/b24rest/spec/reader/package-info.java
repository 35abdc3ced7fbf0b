/**
 * Reading spec files: {@link io.b24rest.spec.reader.SpecReader} parses each file's YAML into
 * nodes that keep their line and column, reads each file by its kind (told by its name) into
 * drafts, hands the drafts to {@link io.b24rest.spec.validation.SpecValidator} for the checks
 * that span files, and builds the {@link io.b24rest.spec.model.SpecModel} only when no problem
 * was found. Nothing here depends on {@code javax.annotation.processing}, so the testkit reads the
 * same specs at run time.
 */
package io.b24rest.spec.reader;
