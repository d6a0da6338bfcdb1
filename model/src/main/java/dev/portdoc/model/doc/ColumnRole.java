package dev.portdoc.model.doc;

/** What a table column holds, recognised from its header. */
public enum ColumnRole {
  PORT,
  /** The first port of a range split over two columns ({@code start port}). */
  PORT_START,
  /** The last port of a range split over two columns ({@code end port}). */
  PORT_END,
  TRANSPORT,
  DIRECTION,
  PURPOSE,
  SERVICE,
  SOURCE,
  DESTINATION,
  USED_BY,
  /** A column portdoc keeps as written. */
  OTHER
}
