package dev.portdoc.cli;

/** A problem with what the user asked for or gave; reported in one line, exit code 2. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
