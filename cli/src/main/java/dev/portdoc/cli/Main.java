package dev.portdoc.cli;

/** Entry point of the {@code portdoc} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(PortdocCommand.newCommandLine(args).execute(args));
  }
}
