package dev.portdoc.parser.table;

import dev.portdoc.model.doc.ColumnRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Recognises what a column holds from its header text. */
public final class ColumnRoles {

  private static final Pattern NOISE = Pattern.compile("[*_`:?]|\\(s\\)");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final Map<String, ColumnRole> HEADERS =
      Map.ofEntries(
          Map.entry("port", ColumnRole.PORT),
          Map.entry("ports", ColumnRole.PORT),
          Map.entry("port range", ColumnRole.PORT),
          Map.entry("port ranges", ColumnRole.PORT),
          Map.entry("port number", ColumnRole.PORT),
          Map.entry("port numbers", ColumnRole.PORT),
          Map.entry("default port", ColumnRole.PORT),
          Map.entry("default ports", ColumnRole.PORT),
          Map.entry("connection port", ColumnRole.PORT),
          Map.entry("destination port", ColumnRole.PORT),
          Map.entry("listening port", ColumnRole.PORT),
          Map.entry("start port", ColumnRole.PORT_START),
          Map.entry("from port", ColumnRole.PORT_START),
          Map.entry("end port", ColumnRole.PORT_END),
          Map.entry("to port", ColumnRole.PORT_END),
          Map.entry("transport protocol", ColumnRole.TRANSPORT),
          Map.entry("ip protocol", ColumnRole.TRANSPORT),
          Map.entry("protocol", ColumnRole.TRANSPORT),
          Map.entry("protocols", ColumnRole.TRANSPORT),
          Map.entry("transport", ColumnRole.TRANSPORT),
          Map.entry("direction", ColumnRole.DIRECTION),
          Map.entry("purpose", ColumnRole.PURPOSE),
          Map.entry("description", ColumnRole.PURPOSE),
          Map.entry("comment", ColumnRole.PURPOSE),
          Map.entry("comments", ColumnRole.PURPOSE),
          Map.entry("notes", ColumnRole.PURPOSE),
          Map.entry("use", ColumnRole.PURPOSE),
          Map.entry("usage", ColumnRole.PURPOSE),
          Map.entry("component", ColumnRole.SERVICE),
          Map.entry("components", ColumnRole.SERVICE),
          Map.entry("service", ColumnRole.SERVICE),
          Map.entry("services", ColumnRole.SERVICE),
          Map.entry("source", ColumnRole.SOURCE),
          Map.entry("destination", ColumnRole.DESTINATION),
          Map.entry("target", ColumnRole.DESTINATION),
          Map.entry("used by", ColumnRole.USED_BY));

  /** Most distinct headers remembered: a tree repeats a few dozen on every page. */
  private static final int MEMO_LIMIT = 4096;

  /** {@link #key} by header: two regular expressions a header are more than a page's lookups. */
  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

  private ColumnRoles() {}

  /** The role of a column headed {@code header}; {@link ColumnRole#OTHER} when not known. */
  public static ColumnRole recognise(String header) {
    return HEADERS.getOrDefault(key(header), ColumnRole.OTHER);
  }

  /**
   * The roles of a table's columns. When no header is a known port header, a header with the word
   * {@code port} or {@code ports} in it ({@code Broker port}) is taken as the port column.
   */
  public static List<ColumnRole> recogniseAll(List<String> headers) {
    List<ColumnRole> roles = new ArrayList<>();
    for (String header : headers) {
      roles.add(recognise(header));
    }
    if (!roles.contains(ColumnRole.PORT) && !roles.contains(ColumnRole.PORT_START)) {
      for (int i = 0; i < headers.size(); i++) {
        if (roles.get(i) == ColumnRole.OTHER && hasPortWord(key(headers.get(i)))) {
          roles.set(i, ColumnRole.PORT);
          break;
        }
      }
    }
    return roles;
  }

  private static boolean hasPortWord(String key) {
    for (String word : key.split(" ")) {
      if (word.equals("port") || word.equals("ports")) {
        return true;
      }
    }
    return false;
  }

  private static String key(String header) {
    String key = KEYS.get(header);
    if (key == null) {
      key = normalised(header);
      if (KEYS.size() < MEMO_LIMIT) {
        KEYS.put(header, key);
      }
    }
    return key;
  }

  private static String normalised(String header) {
    return SPACE
        .matcher(NOISE.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(""))
        .replaceAll(" ")
        .strip();
  }
}
