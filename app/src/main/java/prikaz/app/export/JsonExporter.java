package prikaz.app.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import prikaz.parser.model.Order;

/**
 * The {@code prikaz/1} JSON model: camelCase fields, ISO dates, nulls written out (but for an
 * item's OCR {@code confidence} and {@code pageAreas}, present only where OCR read the item, a plan's {@code
 * appendixOf}, present only where the document has an appendix block, a recurrence's {@code
 * anchor}, present only where the text gives one, and the source's {@code path}, present only in a
 * batch's results).
 */
public final class JsonExporter implements Exporter {

  /** The generators the orders are written with: UTF-8, the output stream left open. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final boolean pretty;

  /** An item's {@code confidence} and {@code pageAreas} are written for scans only (empty for any other input). */
  private abstract static class ItemMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    abstract java.util.Map<String, Double> confidence();

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    abstract List<prikaz.parser.model.PageArea> pageAreas();
  }

  /** A plan's {@code appendixOf} is written when the document has an appendix block above it. */
  private abstract static class PlanMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    abstract prikaz.parser.model.Appendix appendixOf();
  }

  /** A recurrence's {@code anchor} is written when the text gives one («до 5 числа …», «по средам»). */
  private abstract static class RecurrenceMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    abstract String anchor();
  }

  /** A source's {@code path} is written when the order was read as one of a batch. */
  private abstract static class SourceMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    abstract String path();
  }

  /** A field is written by its key ({@code activity}), as a diff's changes name it. */
  private abstract static class FieldMixin {
    @com.fasterxml.jackson.annotation.JsonValue
    abstract String key();
  }

  /** A warning's place is its text, «plan 1, item 2», in the words of the run's language. */
  private abstract static class LocationMixin {
    @com.fasterxml.jackson.annotation.JsonValue
    abstract String text();

    @com.fasterxml.jackson.annotation.JsonCreator
    static prikaz.parser.model.Location parse(String text) {
      return prikaz.parser.model.Location.parse(text);
    }
  }

  /**
   * The data-binding mapper, built on first use: for reading results back, and for what else is
   * written in the same shape (a diff, a deadline). An order itself is written by {@link OrderJson}.
   */
  private static final class Binding {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addMixIn(prikaz.parser.model.Item.class, ItemMixin.class)
        .addMixIn(prikaz.parser.model.Plan.class, PlanMixin.class)
        .addMixIn(prikaz.parser.model.Recurrence.class, RecurrenceMixin.class)
        .addMixIn(prikaz.parser.model.Source.class, SourceMixin.class)
        .addMixIn(prikaz.parser.model.Field.class, FieldMixin.class)
        .addMixIn(prikaz.parser.model.Location.class, LocationMixin.class)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();
  }

  public JsonExporter(boolean pretty) {
    this.pretty = pretty;
  }

  /** Two-space indents, «"key": value», arrays one element a line, always LF. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** The mapper the model is written with, for reading results back. */
  public static ObjectMapper mapper() {
    return Binding.MAPPER.copy();
  }

  /**
   * An order read back from its JSON ({@code prikaz parse} output); fields a result leaves out
   * (an item's {@code confidence} and {@code pageAreas}) come back empty.
   */
  public static Order read(java.io.InputStream in) throws IOException {
    return Reading.READER.readValue(in);
  }

  /**
   * The reader, built once on first use: a batch reads every order its workers send back with it,
   * and a mapper copied per call would look into the model's classes again each time; a run that
   * only writes (one {@code prikaz parse}) never builds it, which saves it a tenth of its start.
   */
  private static final class Reading {
    static final com.fasterxml.jackson.databind.ObjectReader READER = reader();
  }

  private static com.fasterxml.jackson.databind.ObjectReader reader() {
    ObjectMapper reader = Binding.MAPPER.copy();
    for (Class<?> type : List.of(java.util.Map.class, java.util.List.class)) {
      reader.configOverride(type).setSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
          com.fasterxml.jackson.annotation.Nulls.AS_EMPTY));
    }
    return reader.readerFor(Order.class);
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(Order order, OutputStream out) throws IOException {
    try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        generator.setPrettyPrinter(prettyPrinter());
      }
      OrderJson.write(order, generator);
    }
    out.write('\n');
  }
}
