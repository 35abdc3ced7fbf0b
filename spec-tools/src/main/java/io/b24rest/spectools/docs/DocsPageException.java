package io.b24rest.spectools.docs;

/** A file that is not a REST 3.0 method page the importer can read; the message is one line. */
public final class DocsPageException extends Exception {
  private static final long serialVersionUID = 1L;

  public DocsPageException(String message) {
    super(message);
  }
}
