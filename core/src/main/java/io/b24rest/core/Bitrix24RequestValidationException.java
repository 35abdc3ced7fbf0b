package io.b24rest.core;

/**
 * A request was rejected on the client, before any HTTP call: a required param is missing. The
 * message names the method and the param, for example {@code humanresources.node.get: required
 * param 'id' is missing}.
 */
public class Bitrix24RequestValidationException extends Bitrix24Exception {
  private static final long serialVersionUID = 1L;

  /** The REST method (or type) whose request is invalid. */
  private final String method;

  /** The param at fault, as named on the wire (dotted inside a nested object). */
  private final String param;

  /**
   * @param method the REST method (or type) whose request is invalid, for example {@code
   *     humanresources.node.get}
   * @param param the param at fault, as named on the wire
   * @param problem what is wrong with it, for example {@code is missing}
   */
  public Bitrix24RequestValidationException(String method, String param, String problem) {
    super(method + ": required param '" + param + "' " + problem);
    this.method = method;
    this.param = param;
  }

  /**
   * A required param that is not set.
   *
   * @param method the REST method (or type) whose request is invalid
   * @param param the param at fault, as named on the wire
   * @return the exception, to throw
   */
  public static Bitrix24RequestValidationException missing(String method, String param) {
    return new Bitrix24RequestValidationException(method, param, "is missing");
  }

  /**
   * The REST method (or type) whose request is invalid.
   *
   * @return for example {@code humanresources.node.get}
   */
  public String method() {
    return method;
  }

  /**
   * The param at fault.
   *
   * @return its wire name, for example {@code id}
   */
  public String param() {
    return param;
  }
}
