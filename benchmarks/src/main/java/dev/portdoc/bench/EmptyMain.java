package dev.portdoc.bench;

/** JVM start and exit, nothing else: the floor under every whole-process figure. */
public final class EmptyMain {

  private EmptyMain() {}

  public static void main(String[] args) {}
}
