package io.b24rest.core;

/**
 * A generated request record: it knows the REST method it is sent to and the type of its result, so
 * that generic tools (batch, the sample client's {@code call}) stay typed.
 *
 * @param <R> the generated result record of the method
 */
public interface Bitrix24Request<R> {

  /** The REST method name, for example {@code humanresources.node.communication.list}. */
  String methodName();

  /** The generated record that the method's {@code result} decodes into. */
  Class<R> resultType();
}
