package dev.portdoc.model.port;

/**
 * A port or an inclusive range of ports, as written. Values outside 1-65535 and reversed ranges are
 * representable on purpose, so that checks can report them with their location.
 */
public record PortRange(int start, int end) {

  public static final int MAX_PORT = 65_535;

  public PortRange {
    if (start < 0 || end < 0) {
      throw new IllegalArgumentException("ports are not negative: " + start + "-" + end);
    }
  }

  /** A single port. */
  public static PortRange of(int port) {
    return new PortRange(port, port);
  }

  /** A range from {@code start} to {@code end}, both included. */
  public static PortRange of(int start, int end) {
    return new PortRange(start, end);
  }

  public boolean isSinglePort() {
    return start == end;
  }

  /** True when both ends are real ports and the range is not reversed. */
  public boolean isValid() {
    return start >= 1 && end <= MAX_PORT && start <= end;
  }

  /** {@code 443} or {@code 2379-2380}. */
  @Override
  public String toString() {
    return isSinglePort() ? Integer.toString(start) : start + "-" + end;
  }
}
