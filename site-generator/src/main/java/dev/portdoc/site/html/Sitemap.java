package dev.portdoc.site.html;

import java.net.URI;
import java.util.List;

/** {@code sitemap.xml}: the site's pages as absolute URLs below a base URL. */
final class Sitemap {

  private Sitemap() {}

  static String of(URI baseUrl, List<DocumentView> views) {
    String base = baseUrl.toString();
    if (!base.endsWith("/")) {
      base += "/";
    }
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    url(xml, base + "index.html");
    url(xml, base + "ports.html");
    url(xml, base + "lint.html");
    for (DocumentView view : views) {
      url(xml, base + view.pageHref());
    }
    xml.append("</urlset>\n");
    return xml.toString();
  }

  private static void url(StringBuilder xml, String location) {
    xml.append("  <url><loc>").append(escape(location)).append("</loc></url>\n");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
