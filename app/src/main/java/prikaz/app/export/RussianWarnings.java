package prikaz.app.export;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.model.Warning;

/**
 * The parser's warnings as a Russian reader sees them. The parser's messages are English and its
 * codes stable; each message is recognised by its code and wording and retold in Russian with the
 * same particulars (quoted text, dates, numbers). A message worded in a way not known here is
 * replaced by the code's general meaning, never shown in English.
 */
public final class RussianWarnings {
  private record Form(String code, Pattern english, String russian) {}

  private static final List<Form> FORMS = List.of(
      form("TABLE_NOT_A_PLAN", "a table without a recognisable header row .* was kept as text",
          "таблица без узнаваемой строки заголовков (№, Мероприятие, Сроки …) оставлена текстом"),
      form("ROW_CONTINUED", "a section row cut by a page break was joined to the section above",
          "строка раздела, разрезанная разрывом страницы, присоединена к разделу выше"),
      form("ROW_CONTINUED", "a row cut by a page break was joined to the item above",
          "строка, разрезанная разрывом страницы, присоединена к пункту выше"),
      form("ROW_CONTINUED", "a row without a number that continues the text above was joined to it",
          "строка без номера, продолжающая текст выше, присоединена к нему"),
      form("LIST_CONTINUED", "a numbered list inside a cell continued over rows (.*)",
          "нумерованный список внутри ячейки продолжен в строках $1"),
      form("ITEM_UNNUMBERED", "a plan row without a number was kept as an item of its own",
          "строка плана без номера оставлена отдельным пунктом"),
      form("LOW_CONFIDENCE", "OCR is unsure of «(\\w+)» \\(confidence ([\\d.]+)\\): check «(.*)» against the scan",
          "распознавание не уверено в графе «$1» (уверенность $2): сверьте «$3» со сканом"),
      form("INNER_DEADLINE_CONFLICT", "the activity says «(.*)» \\((.*?)\\) but the deadline column says «(.*)» \\((.*)\\)",
          "в мероприятии сказано «$1» ($2), а в графе срока — «$3» ($4)"),
      form("DEADLINE_OUTSIDE_PERIOD", "«(.*)» \\((.*?)\\) is outside the plan period «(.*)» \\((.*)\\)",
          "срок «$1» ($2) вне периода плана «$3» ($4)"),
      form("TEXT_LAYER_BROKEN", "the PDF's text layer does not decode .*",
          "текстовый слой PDF не читается как буквы (шрифт без таблицы Юникода); результат ненадёжен, "
              + "распознайте скан (OCR)"),
      form("NO_HEADER", "no act heading .* found: the document is read as a plan alone",
          "не найден заголовок акта (ПРИКАЗ, ПОСТАНОВЛЕНИЕ …): документ прочитан как один план"),
      form("PLAN_EMPTY", "the plan table gave no rows: check the scan and the OCR",
          "таблица плана не дала ни одной строки: сверьте скан и распознавание"),
      form("PLAN_EMPTY", "the plan table gave no rows", "таблица плана не дала ни одной строки"),
      form("PLAN_EMPTY", "the order names an appendix but no plan table was read from the scan: check the scan and the OCR",
          "в приказе названо приложение, но таблица плана со скана не прочитана: сверьте скан и распознавание"),
      form("HEADER_INCOMPLETE", "the heading gives no (.*)", "в реквизитах акта не найдены: $1"),
      form("LOW_CONFIDENCE_HEADER", "OCR is unsure of the header's (\\w+) \\(confidence ([\\d.]+)\\): check «(.*)» against the scan; "
          + "the field is left empty", "распознавание не уверено в реквизите «$1» (уверенность $2): сверьте «$3» со сканом; "
          + "поле оставлено пустым"),
      form("COLUMN_UNREADABLE", "the header of column (\\d+) could not be read \\(«(.*)»\\): its cells are kept under "
          + "«(.*)»; check the scan", "заголовок графы $1 не распознан («$2»): её ячейки оставлены под «$3»; сверьте со сканом"),
      form("DEADLINE_IMPOSSIBLE_DATE", "«(.*)»: (.*) is not a date", "«$1»: $2 — такой даты нет"),
      form("TEXT_UNASSIGNED", "text after the order fits no field: (.*)",
          "текст после приказа не отнесён ни к одному полю: $1"));

  /** What each code means, for a message worded in a way not known here. */
  private static final Map<String, String> MEANINGS = Map.ofEntries(
      Map.entry("TABLE_NOT_A_PLAN", "таблица не похожа на план и оставлена текстом"),
      Map.entry("ROW_CONTINUED", "строка присоединена к строке выше"),
      Map.entry("LIST_CONTINUED", "нумерованный список внутри ячейки продолжен в следующих строках"),
      Map.entry("ITEM_UNNUMBERED", "строка плана без номера оставлена отдельным пунктом"),
      Map.entry("LOW_CONFIDENCE", "распознавание не уверено в тексте: сверьте его со сканом"),
      Map.entry("INNER_DEADLINE_CONFLICT", "срок в тексте мероприятия расходится с графой срока"),
      Map.entry("DEADLINE_OUTSIDE_PERIOD", "срок вне периода плана"),
      Map.entry("TEXT_LAYER_BROKEN", "текстовый слой PDF не читается; распознайте скан (OCR)"),
      Map.entry("NO_HEADER", "не найден заголовок акта: документ прочитан как один план"),
      Map.entry("HEADER_INCOMPLETE", "в реквизитах акта найдены не все поля"),
      Map.entry("TEXT_UNASSIGNED", "текст после приказа не отнесён ни к одному полю"),
      Map.entry("DEADLINE_IMPOSSIBLE_DATE", "в сроке дата, которой нет в календаре"),
      Map.entry("PLAN_EMPTY", "в таблице плана не найдено ни одного пункта"),
      Map.entry("LOW_CONFIDENCE_HEADER", "распознавание не уверено в реквизитах приказа: сверьте их со сканом"),
      Map.entry("COLUMN_UNREADABLE", "заголовок графы плана не распознан: сверьте графу со сканом"));

  private static final Map<String, String> FIELDS = Map.of("activity", "мероприятие", "deadline", "срок",
      "responsible", "ответственные", "participants", "участники", "result", "результат", "number", "№",
      "date", "дата", "issuer", "издатель", "title", "заголовок");

  /** The heading's fields as {@code HEADER_INCOMPLETE} names them. */
  private static final Map<String, String> HEADER_FIELDS = Map.of("act kind", "вид акта", "date", "дата",
      "number", "номер", "issuer", "издатель", "title", "заголовок");

  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern WHERE = Pattern.compile("\\b(plan|section|item|header)\\b");

  private RussianWarnings() {}

  private static Form form(String code, String english, String russian) {
    return new Form(code, Pattern.compile(english, Pattern.DOTALL), russian);
  }

  /** The warning's message in Russian. */
  public static String message(Warning warning) {
    for (Form form : FORMS) {
      if (form.code().equals(warning.code())) {
        Matcher m = form.english().matcher(warning.message());
        if (m.matches()) {
          String russian = m.replaceFirst(form.russian().replace("\\", "\\\\"));
          if (warning.code().equals("LOW_CONFIDENCE_HEADER")) {
            russian = russian.replaceFirst("«(\\w+)»", "«" + HEADER_FIELDS.getOrDefault(m.group(1), m.group(1)) + "»");
          }
          if (warning.code().equals("HEADER_INCOMPLETE")) {
            for (Map.Entry<String, String> field : HEADER_FIELDS.entrySet()) {
              russian = russian.replace(field.getKey(), field.getValue());
            }
          }
          if (warning.code().equals("LOW_CONFIDENCE")) {
            russian = russian.replaceFirst("«(\\w+)»", "«" + FIELDS.getOrDefault(m.group(1), m.group(1)) + "»");
          }
          return ISO_DATE.matcher(russian).replaceAll("$3.$2.$1");
        }
      }
    }
    return MEANINGS.getOrDefault(warning.code(), "замечание разбора");
  }

  /** «plan 1, section II, item 2» as «план 1, раздел II, пункт 2»; null stays null. */
  public static String where(String where) {
    if (where == null) {
      return null;
    }
    Matcher m = WHERE.matcher(where);
    StringBuilder russian = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(russian, switch (m.group(1)) {
        case "plan" -> "план";
        case "section" -> "раздел";
        case "header" -> "реквизиты";
        default -> "пункт";
      });
    }
    m.appendTail(russian);
    return russian.toString();
  }

  /**
   * The order with its warnings' messages and places in Russian, the codes unchanged: what the
   * JSON outputs show in a Russian run.
   */
  public static prikaz.parser.model.Order translated(prikaz.parser.model.Order order) {
    List<Warning> warnings = order.warnings().stream()
        .map(w -> new Warning(w.code(), message(w), where(w.where()))).toList();
    return new prikaz.parser.model.Order(order.schema(), order.source(), order.header(), order.plans(), warnings);
  }

  /** «CODE: сообщение по-русски», the stable code first for scripts and filters. */
  public static String withCode(Warning warning) {
    return warning.code() + ": " + message(warning);
  }
}
