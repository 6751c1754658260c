package prikaz.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import prikaz.parser.model.Appendix;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Header;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.PageArea;
import prikaz.parser.model.Party;
import prikaz.parser.model.Period;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Point;
import prikaz.parser.model.Recurrence;
import prikaz.parser.model.Reference;
import prikaz.parser.model.Section;
import prikaz.parser.model.Signatory;
import prikaz.parser.model.Source;
import prikaz.parser.model.Warning;

/**
 * An order written field by field through Jackson's streaming generator, in the {@code prikaz/1}
 * shape that {@link JsonExporter}'s data-binding mapper gives (and reads back). Data binding looks
 * into every model class by reflection before it writes the first one, which was a third of a
 * one-file run's start-up; {@code OrderJsonTest} holds this writer to the mapper's output.
 */
final class OrderJson {
  private OrderJson() {}

  static void write(Order order, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", order.schema());
    g.writeFieldName("source");
    source(order.source(), g);
    g.writeFieldName("header");
    header(order.header(), g);
    g.writeFieldName("plans");
    list(order.plans(), g, OrderJson::plan);
    g.writeFieldName("warnings");
    list(order.warnings(), g, OrderJson::warning);
    g.writeEndObject();
  }

  /** Writes one value of a kind; a null is written as null by {@link #list} and the callers. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  private static <T> void list(List<T> values, JsonGenerator g, Writer<T> writer) throws IOException {
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (T value : values) {
      nullable(value, g, writer);
    }
    g.writeEndArray();
  }

  private static <T> void nullable(T value, JsonGenerator g, Writer<T> writer) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      writer.write(value, g);
    }
  }

  private static <T> void field(String name, T value, JsonGenerator g, Writer<T> writer) throws IOException {
    g.writeFieldName(name);
    nullable(value, g, writer);
  }

  private static void string(String value, JsonGenerator g) throws IOException {
    g.writeString(value);
  }

  private static void date(String name, LocalDate date, JsonGenerator g) throws IOException {
    g.writeFieldName(name);
    if (date == null) {
      g.writeNull();
    } else {
      g.writeString(date.toString());
    }
  }

  private static void source(Source source, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", source.file());
    g.writeStringField("format", source.format());
    g.writeStringField("sha256", source.sha256());
    g.writeStringField("encoding", source.encoding());
    g.writeBooleanField("ocr", source.ocr());
    if (source.path() != null) {
      g.writeStringField("path", source.path());
    }
    g.writeEndObject();
  }

  private static void header(Header header, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("issuer", header.issuer());
    g.writeFieldName("issuerDetails");
    list(header.issuerDetails(), g, OrderJson::string);
    g.writeStringField("docType", header.docType());
    date("date", header.date(), g);
    g.writeStringField("number", header.number());
    g.writeStringField("place", header.place());
    g.writeStringField("title", header.title());
    g.writeStringField("preamble", header.preamble());
    g.writeFieldName("basis");
    list(header.basis(), g, OrderJson::reference);
    g.writeFieldName("points");
    list(header.points(), g, OrderJson::point);
    field("signatory", header.signatory(), g, OrderJson::signatory);
    g.writeEndObject();
  }

  private static void reference(Reference reference, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", reference.kind());
    g.writeStringField("issuer", reference.issuer());
    date("date", reference.date(), g);
    g.writeStringField("number", reference.number());
    g.writeStringField("title", reference.title());
    g.writeStringField("text", reference.text());
    g.writeEndObject();
  }

  private static void point(Point point, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", point.number());
    g.writeStringField("text", point.text());
    field("deadline", point.deadline(), g, OrderJson::deadline);
    g.writeFieldName("subpoints");
    list(point.subpoints(), g, OrderJson::point);
    g.writeEndObject();
  }

  private static void signatory(Signatory signatory, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("position", signatory.position());
    g.writeStringField("name", signatory.name());
    g.writeEndObject();
  }

  private static void deadline(Deadline deadline, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", deadline.text());
    g.writeStringField("kind", deadline.kind() == null ? null : deadline.kind().name());
    date("start", deadline.start(), g);
    date("end", deadline.end(), g);
    field("recurrence", deadline.recurrence(), g, OrderJson::recurrence);
    g.writeBooleanField("yearInferred", deadline.yearInferred());
    g.writeEndObject();
  }

  private static void recurrence(Recurrence recurrence, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("every", recurrence.every() == null ? null : recurrence.every().name());
    g.writeFieldName("months");
    list(recurrence.months(), g, (month, out) -> out.writeNumber(month));
    if (recurrence.anchor() != null) {
      g.writeStringField("anchor", recurrence.anchor());
    }
    g.writeEndObject();
  }

  private static void plan(Plan plan, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", plan.title());
    g.writeStringField("appendix", plan.appendix());
    if (plan.appendixOf() != null) {
      g.writeFieldName("appendixOf");
      appendix(plan.appendixOf(), g);
    }
    field("period", plan.period(), g, OrderJson::period);
    g.writeFieldName("columns");
    list(plan.columns(), g, OrderJson::string);
    g.writeFieldName("notes");
    list(plan.notes(), g, OrderJson::string);
    g.writeFieldName("items");
    list(plan.items(), g, OrderJson::item);
    g.writeEndObject();
  }

  private static void appendix(Appendix appendix, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", appendix.number());
    field("act", appendix.act(), g, OrderJson::reference);
    g.writeStringField("text", appendix.text());
    g.writeEndObject();
  }

  private static void period(Period period, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", period.text());
    date("start", period.start(), g);
    date("end", period.end(), g);
    g.writeEndObject();
  }

  private static void item(Item item, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", item.number());
    field("section", item.section(), g, OrderJson::section);
    g.writeStringField("activity", item.activity());
    field("deadline", item.deadline(), g, OrderJson::deadline);
    g.writeFieldName("responsible");
    list(item.responsible(), g, OrderJson::party);
    g.writeFieldName("participants");
    list(item.participants(), g, OrderJson::party);
    g.writeStringField("result", item.result());
    g.writeFieldName("extra");
    map(item.extra(), g, OrderJson::string);
    g.writeFieldName("subitems");
    list(item.subitems(), g, OrderJson::item);
    if (item.confidence() != null && !item.confidence().isEmpty()) {
      g.writeFieldName("confidence");
      map(item.confidence(), g, (share, out) -> out.writeNumber(share));
    }
    if (item.pageAreas() != null && !item.pageAreas().isEmpty()) {
      g.writeFieldName("pageAreas");
      list(item.pageAreas(), g, OrderJson::pageArea);
    }
    g.writeEndObject();
  }

  private static <T> void map(Map<String, T> values, JsonGenerator g, Writer<T> writer) throws IOException {
    if (values == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    for (Map.Entry<String, T> entry : values.entrySet()) {
      field(entry.getKey(), entry.getValue(), g, writer);
    }
    g.writeEndObject();
  }

  private static void section(Section section, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", section.number());
    g.writeStringField("title", section.title());
    field("parent", section.parent(), g, OrderJson::section);
    g.writeEndObject();
  }

  private static void party(Party party, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", party.name());
    g.writeStringField("type", party.type() == null ? null : party.type().name());
    g.writeEndObject();
  }

  private static void pageArea(PageArea area, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("page", area.page());
    g.writeNumberField("x", area.x());
    g.writeNumberField("y", area.y());
    g.writeNumberField("width", area.width());
    g.writeNumberField("height", area.height());
    g.writeEndObject();
  }

  private static void warning(Warning warning, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", warning.code() == null ? null : warning.code().name());
    g.writeStringField("message", warning.message());
    g.writeStringField("where", warning.where() == null ? null : warning.where().text());
    g.writeEndObject();
  }
}
