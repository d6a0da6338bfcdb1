package dev.portdoc.parser.table;

import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the notations pages use for ports and transports: {@code HTTPS (tcp/443)}, {@code tcp/443},
 * {@code TCP 443}, {@code 443/udp}, {@code 2379-2380}, {@code 30000–32767}, {@code 80, 443}, {@code
 * 80 or 443}, {@code 80, 123, and 443}, {@code 8301(TCP and UDP)}, {@code disabled (8501)*}, {@code
 * Port (5432)}, and {@code -}/{@code X}/{@code N/A} for none.
 *
 * <p>A hand-written scanner rather than regular expressions: one pass, no backtracking, and every
 * input is accepted (unknown words are remembered, never thrown on).
 */
public final class PortCellReader {

  /** What a port cell says about presence of ports. */
  public enum Kind {
    /** At least one port or range. */
    PORTS,
    /** The cell is empty. */
    EMPTY,
    /** The cell says there is no port: {@code -}, {@code X}, {@code none}, {@code N/A}. */
    NONE,
    /** The cell holds text but no port ({@code Depends on the configuration}). */
    UNREADABLE
  }

  /**
   * One port or range and the transports written next to it ({@code 8301(TCP and UDP)}, {@code
   * 53/udp}); empty transports mean the cell-level or column transports apply.
   */
  public record PortEntry(PortRange range, List<Transport> transports) {
    public PortEntry {
      transports = List.copyOf(transports);
    }
  }

  /**
   * What a port cell says.
   *
   * @param service a label written before the ports ({@code HTTPS} in {@code HTTPS (tcp/443)})
   * @param transports transports that apply to every entry ({@code tcp} in {@code tcp/443})
   * @param entries the ports in the order written
   * @param deprecated the cell carries a {@code [Deprecated]} marker
   * @param optional the cell says {@code disabled} or {@code optional}
   * @param kind whether ports were found, and if not why
   */
  public record PortCell(
      Optional<String> service,
      List<Transport> transports,
      List<PortEntry> entries,
      boolean deprecated,
      boolean optional,
      Kind kind) {

    public PortCell {
      transports = List.copyOf(transports);
      entries = List.copyOf(entries);
    }

    /** The port ranges, without their transports. */
    public List<PortRange> ports() {
      return entries.stream().map(PortEntry::range).toList();
    }

    /** True when the cell names ports. */
    public boolean readable() {
      return kind == Kind.PORTS;
    }
  }

  /**
   * What a protocol cell says.
   *
   * @param transports the transports named or implied
   * @param service an application protocol written in place of a transport ({@code HTTPS})
   * @param readable false when the cell holds text but no transport could be found
   */
  public record TransportCell(
      List<Transport> transports, Optional<String> service, boolean readable) {
    public TransportCell {
      transports = List.copyOf(transports);
    }

    static final TransportCell EMPTY = new TransportCell(List.of(), Optional.empty(), true);
  }

  /**
   * Application protocols that tables put in a Protocol column, with the transports they imply.
   * HTTP/3 aside, HTTP, gRPC and TLS run over TCP; DNS listens on both.
   */
  private static final Map<String, List<Transport>> APPLICATION_PROTOCOLS =
      Map.ofEntries(
          Map.entry("HTTP", List.of(Transport.TCP)),
          Map.entry("HTTPS", List.of(Transport.TCP)),
          Map.entry("HTTP2", List.of(Transport.TCP)),
          Map.entry("H2", List.of(Transport.TCP)),
          Map.entry("H2C", List.of(Transport.TCP)),
          Map.entry("GRPC", List.of(Transport.TCP)),
          Map.entry("GRPCS", List.of(Transport.TCP)),
          Map.entry("TLS", List.of(Transport.TCP)),
          Map.entry("SSH", List.of(Transport.TCP)),
          Map.entry("SMTP", List.of(Transport.TCP)),
          Map.entry("LDAP", List.of(Transport.TCP)),
          Map.entry("LDAPS", List.of(Transport.TCP)),
          Map.entry("MYSQL", List.of(Transport.TCP)),
          Map.entry("MONGODB", List.of(Transport.TCP)),
          Map.entry("WS", List.of(Transport.TCP)),
          Map.entry("WSS", List.of(Transport.TCP)),
          Map.entry("NTP", List.of(Transport.UDP)),
          Map.entry("DNS", List.of(Transport.UDP, Transport.TCP)));

  private static final String DEPRECATED = "[deprecated]";

  private PortCellReader() {}

  /** True when {@code text} carries a {@code [Deprecated]} marker (any case). */
  public static boolean hasDeprecatedMarker(String text) {
    return indexOfDeprecated(text) >= 0;
  }

  /** {@code text} without its {@code [Deprecated]} markers, space collapsed where they were. */
  public static String withoutDeprecatedMarker(String text) {
    String value = text;
    int at;
    while ((at = indexOfDeprecated(value)) >= 0) {
      value = (value.substring(0, at).stripTrailing() + " " + value.substring(at + 12).strip());
    }
    return value.strip();
  }

  private static int indexOfDeprecated(String text) {
    if (text.indexOf('[') < 0) {
      return -1; // most cells: lower case makes no '[', so no marker either, and no copy is made
    }
    return text.toLowerCase(Locale.ROOT).indexOf(DEPRECATED);
  }

  private static final java.util.regex.Pattern FORMAT_CHARACTERS =
      java.util.regex.Pattern.compile("\\p{Cf}");

  /** Most distinct port cells remembered: a tree writes the same few hundred again and again. */
  private static final int MEMO_LIMIT = 8192;

  /** {@link #readPortCell} by cell text: its answer is an immutable value of the text alone. */
  private static final Map<String, PortCell> PORT_CELLS = new ConcurrentHashMap<>();

  /** Reads a port cell. Never throws. */
  public static PortCell readPortCell(String text) {
    PortCell known = PORT_CELLS.get(text);
    if (known == null) {
      known = read(text);
      if (PORT_CELLS.size() < MEMO_LIMIT) {
        PORT_CELLS.put(text, known);
      }
    }
    return known;
  }

  private static PortCell read(String text) {
    // zero-width characters pasted into "4\u200B43" must not split it into ports 4 and 43
    if (!isAscii(text)) {
      text = FORMAT_CHARACTERS.matcher(text).replaceAll(""); // ASCII has no format characters
    }
    boolean deprecated = hasDeprecatedMarker(text);
    String value = withoutDeprecatedMarker(text);
    if (value.isEmpty()) {
      return new PortCell(Optional.empty(), List.of(), List.of(), deprecated, false, Kind.EMPTY);
    }
    if (isNoneMarker(value)) {
      return new PortCell(Optional.empty(), List.of(), List.of(), deprecated, false, Kind.NONE);
    }
    if (value.equalsIgnoreCase("all") || value.equalsIgnoreCase("any")) {
      // security-group tables: every port
      List<PortEntry> every =
          List.of(new PortEntry(PortRange.of(1, PortRange.MAX_PORT), List.of()));
      return new PortCell(Optional.empty(), List.of(), every, deprecated, false, Kind.PORTS);
    }
    return new Scan(value, deprecated).run();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNoneMarker(String value) {
    if (value.length() > 4) {
      return false; // longer than every marker: no lower-case copy
    }
    String lower = value.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "-", "–", "—", "x", "n/a", "na", "none" -> true;
      default -> false;
    };
  }

  /** Reads a transport cell: {@code TCP}, {@code TCP/UDP}, {@code TCP and UDP}, {@code HTTPS}. */
  public static TransportCell readTransportCell(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return TransportCell.EMPTY;
    }
    List<Transport> transports = new ArrayList<>();
    List<String> services = new ArrayList<>();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < value.length() && isWordChar(value.charAt(i))) {
        i++;
      }
      String word = value.substring(start, i);
      Optional<Transport> transport = transport(word);
      if (transport.isPresent()) {
        addOnce(transports, transport.get());
        continue;
      }
      List<Transport> implied = APPLICATION_PROTOCOLS.get(word.toUpperCase(Locale.ROOT));
      if (implied != null) {
        services.add(word);
        implied.forEach(t -> addOnce(transports, t));
      }
    }
    Optional<String> service =
        services.isEmpty() ? Optional.empty() : Optional.of(String.join("/", services));
    return new TransportCell(transports, service, !transports.isEmpty());
  }

  /**
   * The transports a cell lists when it lists nothing else ({@code TCP and UDP}, {@code TCP Only});
   * empty when any other word appears.
   */
  public static List<Transport> readTransportList(String text) {
    List<Transport> transports = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      Optional<Transport> transport = transport(word);
      if (transport.isPresent()) {
        addOnce(transports, transport.get());
      } else if (!isJoiner(word) && !word.equalsIgnoreCase("only")) {
        return List.of();
      }
    }
    return transports;
  }

  static Optional<Transport> transport(String word) {
    if (word.equalsIgnoreCase("ipencap") || word.equalsIgnoreCase("ip-in-ip")) {
      return Optional.of(Transport.IPIP);
    }
    return Transport.fromName(word);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  private static boolean isJoiner(String word) {
    return word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or");
  }

  private static <T> void addOnce(List<T> list, T value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  /** One pass over a port cell. */
  private static final class Scan {
    private final String value;
    private final boolean deprecated;
    private final List<Transport> cellTransports = new ArrayList<>();
    private final List<List<Transport>> entryTransports = new ArrayList<>();
    private final List<PortRange> ranges = new ArrayList<>();
    private final List<String> serviceWords = new ArrayList<>();
    private boolean optional;
    private boolean serviceClosed;
    private int depth;

    /** The entry a parenthesis opened right after belongs to, or -1. */
    private int parenOwner = -1;

    /** The entry a transport word right now would belong to ({@code 53/udp}), or -1. */
    private int attachTo = -1;

    Scan(String value, boolean deprecated) {
      this.value = value;
      this.deprecated = deprecated;
    }

    PortCell run() {
      int i = 0;
      int length = value.length();
      while (i < length) {
        char c = value.charAt(i);
        if (c >= '0' && c <= '9') {
          i = number(i);
        } else if (Character.isLetter(c)) {
          i = word(i);
        } else {
          punctuation(c);
          i++;
        }
      }
      List<PortEntry> entries = new ArrayList<>();
      for (int e = 0; e < ranges.size(); e++) {
        entries.add(new PortEntry(ranges.get(e), entryTransports.get(e)));
      }
      Optional<String> service =
          serviceWords.isEmpty() || entries.isEmpty()
              ? Optional.empty()
              : Optional.of(String.join(" ", serviceWords));
      Kind kind = entries.isEmpty() ? Kind.UNREADABLE : Kind.PORTS;
      return new PortCell(service, cellTransports, entries, deprecated, optional, kind);
    }

    private void punctuation(char c) {
      switch (c) {
        case '(' -> {
          depth++;
          if (depth == 1) {
            parenOwner = attachTo >= 0 ? attachTo : -1;
            serviceClosed = true;
          }
        }
        case ')' -> {
          if (depth > 0) {
            depth--;
          }
          if (depth == 0) {
            parenOwner = -1;
          }
          attachTo = -1;
        }
        case '/' -> {
          // 443/udp: keep the entry a transport would attach to
        }
        case ' ', '\t', '*', '†', '‡', '§' -> {
          // space and footnote markers change nothing
        }
        default -> attachTo = -1;
      }
    }

    /** Reads {@code 443}, {@code 2379-2380}, {@code 30000 – 32767}, {@code 1 to 10}. */
    private int number(int from) {
      int i = digitsEnd(from);
      if (i < value.length() && value.charAt(i) == '.' && nextIsDigit(i + 1)) {
        // an address or version, not a port: skip the whole dotted token
        while (i < value.length() && (value.charAt(i) == '.' || isDigit(value.charAt(i)))) {
          i++;
        }
        serviceClosed = true;
        attachTo = -1;
        return i;
      }
      Integer start = parse(value, from, i);
      int j = skipSpaces(i);
      Integer end = start;
      int afterRange = i;
      if (j < value.length() && isDash(value.charAt(j))) {
        int k = skipSpaces(j + 1);
        if (k < value.length() && isDigit(value.charAt(k))) {
          afterRange = digitsEnd(k);
          end = parse(value, k, afterRange);
        }
      } else if (value.startsWith("to ", j) || value.startsWith("through ", j)) {
        int k = skipSpaces(j + (value.startsWith("to ", j) ? 2 : 7));
        if (k < value.length() && isDigit(value.charAt(k))) {
          afterRange = digitsEnd(k);
          end = parse(value, k, afterRange);
        }
      }
      serviceClosed = true;
      if (start == null || end == null) {
        attachTo = -1;
        return afterRange;
      }
      ranges.add(PortRange.of(start, end));
      entryTransports.add(new ArrayList<>());
      attachTo = ranges.size() - 1;
      return afterRange;
    }

    private int word(int from) {
      int i = from;
      while (i < value.length() && isWordChar(value.charAt(i))) {
        i++;
      }
      String word = value.substring(from, i);
      Optional<Transport> transport = transport(word);
      if (transport.isPresent()) {
        int owner = depth > 0 ? parenOwner : attachTo;
        if (owner >= 0) {
          addOnce(entryTransports.get(owner), transport.get());
        } else {
          addOnce(cellTransports, transport.get());
        }
        serviceClosed = true;
        return i;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (isJoiner(word)) {
        return i;
      }
      attachTo = -1;
      switch (lower) {
        case "disabled", "optional", "off" -> optional = true;
        case "port", "ports", "default", "only", "tcp-only", "udp-only" -> {
          // words that say nothing beyond the numbers around them
        }
        default -> {
          if (depth == 0 && !serviceClosed) {
            serviceWords.add(word);
          }
        }
      }
      return i;
    }

    private int digitsEnd(int from) {
      int i = from;
      while (i < value.length() && isDigit(value.charAt(i))) {
        i++;
      }
      return i;
    }

    private boolean nextIsDigit(int i) {
      return i < value.length() && isDigit(value.charAt(i));
    }

    private int skipSpaces(int from) {
      int i = from;
      while (i < value.length() && value.charAt(i) == ' ') {
        i++;
      }
      return i;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—' || c == '‒' || c == '−';
  }

  private static Integer parse(String text, int from, int to) {
    // more than 9 digits is no port, and would overflow
    return to - from > 9 ? null : Integer.valueOf(text.substring(from, to));
  }
}
