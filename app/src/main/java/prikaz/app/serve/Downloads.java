package prikaz.app.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import prikaz.app.Results;
import prikaz.app.diff.DiffXlsx;
import prikaz.app.export.CombinedExporter;
import prikaz.app.export.CsvExporter;
import prikaz.app.export.Exporter;
import prikaz.app.export.IcsExporter;
import prikaz.app.export.JsonExporter;
import prikaz.app.export.XlsxExporter;
import prikaz.diff.OrderDiff;
import prikaz.parser.model.Order;

/**
 * Orders as the files the CLI writes, by the CLI's own exporters: JSON (warnings in the page's
 * language), CSV in the Excel dialect (UTF-8 with a byte order mark, «;»), XLSX, ICS; several
 * orders as one file (a JSON array, the combined table).
 */
final class Downloads {
  /** A file to send: its bytes, type and name. */
  record File(byte[] bytes, String contentType, String name) {}

  /** The download formats. */
  enum Format {
    json("application/json; charset=utf-8"),
    csv("text/csv; charset=utf-8"),
    xlsx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ics("text/calendar; charset=utf-8");

    final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    /** The format a query names, or null. */
    static Format named(String name) {
      for (Format format : values()) {
        if (format.name().equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
          return format;
        }
      }
      return null;
    }
  }

  /** ICS holds one order's plan: several cannot be one calendar file. */
  static final class OneOrderOnly extends Exception {
    private static final long serialVersionUID = 1L;
  }

  private Downloads() {}

  static File of(List<Order> orders, Format format, String language) throws IOException, OneOrderOnly {
    if (format == Format.ics && orders.size() != 1) {
      throw new OneOrderOnly();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter exporter = switch (format) {
      case json -> new JsonExporter(true);
      case csv -> new CsvExporter(CsvExporter.Dialect.EXCEL, StandardCharsets.UTF_8);
      case xlsx -> new XlsxExporter();
      case ics -> new IcsExporter();
    };
    if (format == Format.json) {
      writeJson(orders.stream().map(order -> Results.shown(order, language)).toList(), out);
    } else if (orders.size() == 1) {
      exporter.write(orders.get(0), out);
    } else {
      ((CombinedExporter) exporter).writeAll(orders, out);
    }
    String name = orders.size() == 1 ? baseName(orders.get(0).source().file()) : "prikaz";
    return new File(out.toByteArray(), format.contentType, name + "." + format.name());
  }

  /** The diff report as the XLSX {@code prikaz diff -f xlsx} writes. */
  static File diffXlsx(OrderDiff diff) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiffXlsx.write(diff, out);
    return new File(out.toByteArray(), Format.xlsx.contentType, "prikaz-diff.xlsx");
  }

  private static void writeJson(List<Order> orders, ByteArrayOutputStream out) throws IOException {
    JsonExporter json = new JsonExporter(true);
    if (orders.size() == 1) {
      json.write(orders.get(0), out);
      return;
    }
    out.write("[\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < orders.size(); i++) {
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      json.write(orders.get(i), one);
      out.write(one.toString(StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8));
      out.write((i + 1 < orders.size() ? ",\n" : "\n").getBytes(StandardCharsets.UTF_8));
    }
    out.write("]\n".getBytes(StandardCharsets.UTF_8));
  }

  /** «order.scan.png» → «order.scan»: the download is named after the document it came from. */
  static String baseName(String file) {
    int dot = file.lastIndexOf('.');
    String base = dot > 0 ? file.substring(0, dot) : file;
    return base.isBlank() ? "prikaz" : base;
  }
}
