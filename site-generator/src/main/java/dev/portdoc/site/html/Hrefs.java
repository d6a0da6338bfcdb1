package dev.portdoc.site.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Relative links built from file names: every path segment percent-encoded. */
final class Hrefs {

  private Hrefs() {}

  /**
   * {@code pages/a b.html} → {@code pages/a%20b.html}. Encoding each segment means a file named
   * {@code javascript:x.md} can only ever give a relative link, never a scheme.
   */
  static String encodePath(String path) {
    String[] segments = path.split("/", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      String segment = segments[i];
      if (segment.equals("..") || segment.equals(".")) {
        out.append(segment);
      } else {
        out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    return out.toString();
  }
}
