package dev.portdoc.validation;

import dev.portdoc.model.port.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The transport vocabulary and its near misses, shared by the transport checks. */
final class Transports {

  /** {@code tpc} in {@code NATS (tpc/4222)} or {@code tpc/4222}. */
  private static final Pattern SLASH_PORT =
      Pattern.compile("\\b([A-Za-z][A-Za-z0-9]*)\\s*/\\s*\\d");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern SPLIT = Pattern.compile("[\\s/,&+]+|\\band\\b|\\bor\\b");

  private static final List<String> NAMES = List.of("tcp", "udp", "sctp", "icmp");

  /**
   * Application and network protocols that pages write where a transport goes. They are not
   * transports, but neither are they misspellings of one.
   */
  static final Set<String> NOT_TRANSPORTS =
      Set.of(
          "http", "https", "grpc", "h2", "h2c", "dns", "ssh", "tls", "ssl", "esp", "ah", "gre",
          "ipip", "ipencap", "vrrp", "bgp", "vxlan", "geneve", "ip", "ipv4", "ipv6", "any", "all",
          "quic", "smtp", "ntp", "ldap", "ldaps", "scp", "sftp", "ftp", "rdp", "smb", "nfs",
          "tcpudp");

  private Transports() {}

  /** A word and where it starts in the text it was found in. */
  record Token(String text, int index) {}

  static boolean isTransport(String word) {
    return Transport.fromName(word).isPresent();
  }

  /** Most distinct cell texts remembered per question: a tree repeats its port notations. */
  private static final int MEMO_LIMIT = 8192;

  // three checks ask for each port cell's token and two for each transport cell's words: the
  // answers by cell text spare most of the matching
  private static final Map<String, Optional<Token>> SLASH_TOKENS = new ConcurrentHashMap<>();
  private static final Map<String, List<Token>> WORDS = new ConcurrentHashMap<>();

  /** The word before {@code /port} in a port cell's text, if the cell uses that notation. */
  static Optional<Token> slashToken(String cellText) {
    Optional<Token> token = SLASH_TOKENS.get(cellText);
    if (token == null) {
      Matcher m = SLASH_PORT.matcher(cellText);
      token = m.find() ? Optional.of(new Token(m.group(1), m.start(1))) : Optional.empty();
      remember(SLASH_TOKENS, cellText, token);
    }
    return token;
  }

  /** The words of a transport cell ({@code TCP/UDP}, {@code TCP and UDP}). */
  static List<Token> words(String cellText) {
    List<Token> known = WORDS.get(cellText);
    if (known != null) {
      return known;
    }
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(cellText);
    while (m.find()) {
      if (!m.group().equalsIgnoreCase("and") && !m.group().equalsIgnoreCase("or")) {
        tokens.add(new Token(m.group(), m.start()));
      }
    }
    List<Token> words = List.copyOf(tokens);
    remember(WORDS, cellText, words);
    return words;
  }

  private static <V> void remember(Map<String, V> memo, String key, V value) {
    if (memo.size() < MEMO_LIMIT) {
      memo.put(key, value);
    }
  }

  /**
   * The transport {@code word} misspells ({@code tpc} → {@code tcp}, {@code icpm} → {@code icmp}),
   * in its case style. Three-letter words count only when they swap letters of a transport, since
   * one substitution away from {@code tcp} lies {@code scp}, a real protocol.
   */
  static Optional<String> typoOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (isTransport(lower) || NOT_TRANSPORTS.contains(lower) || lower.length() < 3) {
      return Optional.empty();
    }
    for (String name : NAMES) {
      int d = Words.distance(lower, name);
      if (d == 1 && (Words.isAnagram(lower, name) || lower.length() >= 4 && name.length() >= 4)) {
        return Optional.of(Words.inCaseOf(word, name));
      }
    }
    return Optional.empty();
  }

  static Pattern split() {
    return SPLIT;
  }
}
