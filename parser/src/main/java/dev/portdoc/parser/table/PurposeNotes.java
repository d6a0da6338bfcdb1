package dev.portdoc.parser.table;

import dev.portdoc.model.port.Transport;
import java.util.List;
import java.util.Optional;

/**
 * What a purpose cell says besides the purpose, in tables that have no service or protocol column:
 * Consul writes {@code DNS: The DNS server (TCP and UDP)}, a service label before a colon and the
 * transports in closing brackets.
 *
 * @param service the label before the first colon, when it is short (at most four words)
 * @param rest the purpose without that label
 * @param transports the transports a closing bracket lists, empty when it lists anything else
 */
record PurposeNotes(Optional<String> service, String rest, List<Transport> transports) {

  private static final int MAX_LABEL_WORDS = 4;

  static PurposeNotes read(String purpose) {
    String text = purpose.strip();
    Optional<String> service = Optional.empty();
    String rest = text;
    int colon = text.indexOf(':');
    if (colon > 0 && colon + 1 < text.length() && text.charAt(colon + 1) == ' ') {
      String label = text.substring(0, colon).strip();
      if (isLabel(label)) {
        service = Optional.of(label);
        rest = text.substring(colon + 1).strip();
      }
    }
    List<Transport> transports = List.of();
    if (text.endsWith(")")) {
      int open = text.lastIndexOf('(');
      if (open >= 0) {
        transports = PortCellReader.readTransportList(text.substring(open + 1, text.length() - 1));
      }
    }
    return new PurposeNotes(service, rest, transports);
  }

  /** A short label of words: no URL ({@code https://}), no sentence. */
  private static boolean isLabel(String label) {
    if (label.isEmpty() || !Character.isLetter(label.charAt(0))) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return words <= MAX_LABEL_WORDS;
  }
}
