package dev.portdoc.cli.config;

/** A {@code portdoc.yaml} that cannot be used; the message names the file and line. */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
