package prikaz.app.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import prikaz.parser.model.Order;

/**
 * One row per plan item, in the columns of {@link ItemColumns}. The {@link Dialect#EXCEL} default opens right in a Russian Excel by
 * double-click (UTF-8 with BOM, «;», CRLF, dd.MM.yyyy); {@link Dialect#RFC4180} is for scripts
 * (no BOM, «,», ISO dates, English headers). Quoting is Jackson's; in the Excel dialect a field a
 * spreadsheet would take for a number, a date or a formula is kept text by an invisible mark.
 */
public final class CsvExporter implements CombinedExporter {

  /** How the file is laid out. */
  public enum Dialect {
    EXCEL(';', true, DateTimeFormatter.ofPattern("dd.MM.yyyy")),
    RFC4180(',', false, DateTimeFormatter.ISO_LOCAL_DATE);

    final char separator;
    final boolean russianHeaders;
    final DateTimeFormatter dates;

    Dialect(char separator, boolean russianHeaders, DateTimeFormatter dates) {
      this.separator = separator;
      this.russianHeaders = russianHeaders;
      this.dates = dates;
    }

    /** The column separator: «;» for Excel, «,» for RFC 4180. */
    public char separator() {
      return separator;
    }

    /** Whether a UTF-8 file starts with a byte order mark (what makes Excel read it as UTF-8). */
    public boolean byteOrderMark() {
      return this == EXCEL;
    }
  }

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private final Dialect dialect;
  private final Charset charset;

  public CsvExporter(Dialect dialect, Charset charset) {
    this.dialect = Objects.requireNonNull(dialect, "dialect must not be null");
    this.charset = Objects.requireNonNull(charset, "charset must not be null");
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void writeAll(List<Order> orders, OutputStream out) throws IOException {
    List<String> headers = ItemColumns.headers(dialect.russianHeaders);
    CsvSchema.Builder schema = CsvSchema.builder()
        .setColumnSeparator(dialect.separator)
        .setLineSeparator("\r\n")
        .setUseHeader(false);
    for (String header : headers) {
      schema.addColumn(header);
    }
    Writer writer = new OutputStreamWriter(out, charset);
    if (dialect == Dialect.EXCEL && charset.equals(StandardCharsets.UTF_8)) {
      writer.write('\uFEFF'); // the BOM that makes Excel read UTF-8
    }
    // Jackson's default (loose) quoting check: its strict mode leaves line breaks unquoted
    // (jackson-dataformats-text#220), which splits a multi-line cell into several rows.
    try (SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(writer)) {
      rows.write(headers);
      for (Order order : orders) {
        for (ItemRow row : ItemRow.of(order)) {
          rows.write(cells(row));
        }
      }
    }
    writer.flush();
  }

  private List<String> cells(ItemRow row) {
    List<String> cells = new ArrayList<>();
    for (ItemColumns.Column column : ItemColumns.ALL) {
      Object value = column.valueOf(row, dialect.russianHeaders);
      cells.add(value instanceof LocalDate date ? date(date) : text((String) value));
    }
    return cells;
  }

  private String date(LocalDate date) {
    return date == null ? "" : dialect.dates.format(date);
  }

  /**
   * The Excel dialect keeps every field as written when a spreadsheet opens it ({@link
   * SpreadsheetText#keptAsText}); the RFC 4180 one, read by programs, only defuses formulas.
   */
  private String text(String value) {
    return dialect == Dialect.EXCEL ? SpreadsheetText.keptAsText(value) : SpreadsheetText.defused(value);
  }
}
