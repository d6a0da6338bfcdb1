package dev.portdoc.cli;

/** The documented exit codes of every portdoc command. */
public final class ExitCode {

  /** Nothing at or above {@code --fail-on}. */
  public static final int OK = 0;

  /** Findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;

  /** Bad usage or unreadable input; the message names the path. */
  public static final int USAGE = 2;

  /** A bug in portdoc. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
