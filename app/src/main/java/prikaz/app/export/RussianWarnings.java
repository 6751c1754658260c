package prikaz.app.export;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.model.Location;
import prikaz.parser.model.Warning;
import prikaz.parser.model.Warning.Code;

/**
 * The parser's warnings as a Russian reader sees them. The parser's messages are English and its
 * codes stable; each message is recognised by its code and wording and retold in Russian with the
 * same particulars (quoted text, dates, numbers). A message worded in a way not known here is
 * replaced by the code's general meaning, never shown in English.
 */
public final class RussianWarnings {
  private record Form(Code code, Pattern english, String russian) {}

  private static final List<Form> FORMS = List.of(
      form(Code.TABLE_NOT_A_PLAN, "a table without a recognisable header row .* was kept as text",
          "таблица без узнаваемой строки заголовков (№, Мероприятие, Сроки …) оставлена текстом"),
      form(Code.ROW_CONTINUED, "a section row cut by a page break was joined to the section above",
          "строка раздела, разрезанная разрывом страницы, присоединена к разделу выше"),
      form(Code.ROW_CONTINUED, "a row cut by a page break was joined to the item above",
          "строка, разрезанная разрывом страницы, присоединена к пункту выше"),
      form(Code.ROW_CONTINUED, "a row without a number that continues the text above was joined to it",
          "строка без номера, продолжающая текст выше, присоединена к нему"),
      form(Code.LIST_CONTINUED, "a numbered list inside a cell continued over rows (.*)",
          "нумерованный список внутри ячейки продолжен в строках $1"),
      form(Code.ITEM_UNNUMBERED, "a plan row without a number was kept as an item of its own",
          "строка плана без номера оставлена отдельным пунктом"),
      form(Code.LOW_CONFIDENCE, "OCR is unsure of «(\\w+)» \\(confidence ([\\d.]+)\\): check «(.*)» against the scan",
          "распознавание не уверено в графе «$1» (уверенность $2): сверьте «$3» со сканом"),
      form(Code.INNER_DEADLINE_CONFLICT, "the activity says «(.*)» \\((.*?)\\) but the deadline column says «(.*)» \\((.*)\\)",
          "в мероприятии сказано «$1» ($2), а в графе срока — «$3» ($4)"),
      form(Code.DEADLINE_OUTSIDE_PERIOD, "«(.*)» \\((.*?)\\) is outside the plan period «(.*)» \\((.*)\\)",
          "срок «$1» ($2) вне периода плана «$3» ($4)"),
      form(Code.TEXT_LAYER_BROKEN, "the PDF's text layer does not decode .*",
          "текстовый слой PDF не читается как буквы (шрифт без таблицы Юникода); результат ненадёжен, "
              + "распознайте скан (OCR)"),
      form(Code.TEXT_LAYER_BROKEN, "the PDF's text layer, a scanner's OCR, reads poorly \\((\\d+) of (\\d+) words mix Latin "
          + "and Cyrillic letters\\); the pages were read with OCR instead",
          "текстовый слой PDF, распознанный сканером, плох ($1 слов из $2 смешивают латиницу с кириллицей); "
              + "страницы распознаны заново"),
      form(Code.TEXT_LAYER_BROKEN, "the PDF's text layer, a scanner's OCR, reads poorly \\((\\d+) of (\\d+) words mix Latin "
          + "and Cyrillic letters\\); the result is unreliable, OCR the scan instead",
          "текстовый слой PDF, распознанный сканером, плох ($1 слов из $2 смешивают латиницу с кириллицей); "
              + "результат ненадёжен, распознайте скан (OCR)"),
      form(Code.TEXT_LAYER_BROKEN, "the PDF's text layer, a scanner's OCR, reads poorly \\(only (\\d+) of (\\d+) Russian "
          + "words are common words\\); the pages were read with OCR instead",
          "текстовый слой PDF, распознанный сканером, плох (лишь $1 из $2 русских слов — частые слова); "
              + "страницы распознаны заново"),
      form(Code.TEXT_LAYER_BROKEN, "the PDF's text layer, a scanner's OCR, reads poorly \\(only (\\d+) of (\\d+) Russian "
          + "words are common words\\); the result is unreliable, OCR the scan instead",
          "текстовый слой PDF, распознанный сканером, плох (лишь $1 из $2 русских слов — частые слова); "
              + "результат ненадёжен, распознайте скан (OCR)"),
      form(Code.TRUNCATED, "the file ends early \\(.*\\): what came after the cut is missing, and the plan may lack rows",
          "файл обрывается раньше, чем кончается документ: всё после обрыва потеряно, в плане могут не хватать строк"),
      form(Code.NO_HEADER, "no act heading .* found: the document is read as a plan alone",
          "не найден заголовок акта (ПРИКАЗ, ПОСТАНОВЛЕНИЕ …): документ прочитан как один план"),
      form(Code.PLAN_EMPTY, "the plan table gave no rows: check the scan and the OCR",
          "таблица плана не дала ни одной строки: сверьте скан и распознавание"),
      form(Code.PLAN_EMPTY, "the plan table gave no rows", "таблица плана не дала ни одной строки"),
      form(Code.PLAN_EMPTY, "the order names an appendix but no plan table was read from the scan: check the scan and the OCR",
          "в приказе названо приложение, но таблица плана со скана не прочитана: сверьте скан и распознавание"),
      form(Code.PERIOD_MISTYPED, "the year «(.*)» in the plan title is mistyped: the title is kept as written, the period "
          + "is read as «(.*)» from the other year of the pair",
          "год «$1» в заголовке плана написан с опечаткой: заголовок оставлен как есть, период прочитан как «$2» "
              + "по второму году пары"),
      form(Code.PERIOD_MISTYPED, "the year «(.*)» in the plan title is mistyped: .*",
          "год «$1» в заголовке плана написан с опечаткой: заголовок оставлен как есть, период из него не взят"),
      form(Code.LOW_CONFIDENCE_HEADER, "OCR is unsure of the header's (\\w+) \\(confidence ([\\d.]+)\\): check «(.*)» against the scan; "
          + "the field is left empty", "распознавание не уверено в реквизите «$1» (уверенность $2): сверьте «$3» со сканом; "
          + "поле оставлено пустым"),
      form(Code.COLUMN_UNREADABLE, "the header of column (\\d+) could not be read \\(«(.*)»\\): its cells are kept under "
          + "«(.*)»; check the scan", "заголовок графы $1 не распознан («$2»): её ячейки оставлены под «$3»; сверьте со сканом"),
      form(Code.HEADER_INCOMPLETE, "the heading gives no (.*)", "в реквизитах акта не найдены: $1"),
      form(Code.DEADLINE_IMPOSSIBLE_DATE, "«(.*)»: (.*) is not a date", "«$1»: $2 — такой даты нет"),
      form(Code.TEXT_UNASSIGNED, "text after the order fits no field: (.*)",
          "текст после приказа не отнесён ни к одному полю: $1"));

  /** What a code means, for a message worded in a way not known here. */
  static String meaning(Code code) {
    return switch (code) {
      case TABLE_NOT_A_PLAN -> "таблица не похожа на план и оставлена текстом";
      case ROW_CONTINUED -> "строка присоединена к строке выше";
      case LIST_CONTINUED -> "нумерованный список внутри ячейки продолжен в следующих строках";
      case ITEM_UNNUMBERED -> "строка плана без номера оставлена отдельным пунктом";
      case LOW_CONFIDENCE -> "распознавание не уверено в тексте: сверьте его со сканом";
      case LOW_CONFIDENCE_HEADER -> "распознавание не уверено в реквизитах приказа: сверьте их со сканом";
      case INNER_DEADLINE_CONFLICT -> "срок в тексте мероприятия расходится с графой срока";
      case DEADLINE_OUTSIDE_PERIOD -> "срок вне периода плана";
      case DEADLINE_IMPOSSIBLE_DATE -> "в сроке дата, которой нет в календаре";
      case PERIOD_MISTYPED -> "период в заголовке плана написан с опечаткой: оставлен как есть";
      case TEXT_LAYER_BROKEN -> "текстовый слой PDF не читается; распознайте скан (OCR)";
      case NO_HEADER -> "не найден заголовок акта: документ прочитан как один план";
      case HEADER_INCOMPLETE -> "в реквизитах акта найдены не все поля";
      case PLAN_EMPTY -> "в таблице плана не найдено ни одного пункта";
      case TEXT_UNASSIGNED -> "текст после приказа не отнесён ни к одному полю";
      case TRUNCATED -> "файл обрывается раньше конца документа: в плане могут не хватать строк";
      case COLUMN_UNREADABLE -> "заголовок графы плана не распознан: сверьте графу со сканом";
    };
  }


  /** The heading's fields as {@code HEADER_INCOMPLETE} names them. */
  private static final Map<String, String> HEADER_FIELDS = Map.of("act kind", "вид акта", "date", "дата",
      "number", "номер", "issuer", "издатель", "title", "заголовок");

  private static final Pattern ISO_DATE = Pattern.compile("(?U)\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  private RussianWarnings() {}

  private static Form form(Code code, String english, String russian) {
    return new Form(code, Pattern.compile(english, Pattern.DOTALL), russian);
  }

  /** An item field as a Russian reader names it («ответственные»); a heading field or a column's own header as it is. */
  private static String fieldName(String key) {
    prikaz.parser.model.Field field = prikaz.parser.model.Field.ofKey(key);
    return field != null ? field.title().toLowerCase(java.util.Locale.ROOT) : HEADER_FIELDS.getOrDefault(key, key);
  }

  /** The warning's message in Russian. */
  public static String message(Warning warning) {
    for (Form form : FORMS) {
      if (form.code() == warning.code()) {
        Matcher m = form.english().matcher(warning.message());
        if (m.matches()) {
          String russian = m.replaceFirst(form.russian().replace("\\", "\\\\"));
          if (warning.code() == Code.LOW_CONFIDENCE_HEADER) {
            russian = russian.replaceFirst("«(\\w+)»", "«" + HEADER_FIELDS.getOrDefault(m.group(1), m.group(1)) + "»");
          }
          if (warning.code() == Code.HEADER_INCOMPLETE) {
            for (Map.Entry<String, String> field : HEADER_FIELDS.entrySet()) {
              russian = russian.replace(field.getKey(), field.getValue());
            }
          }
          if (warning.code() == Code.LOW_CONFIDENCE) {
            russian = russian.replaceFirst("«(\\w+)»", "«" + fieldName(m.group(1)) + "»");
          }
          return ISO_DATE.matcher(russian).replaceAll("$3.$2.$1");
        }
      }
    }
    return meaning(warning.code());
  }

  /** «plan 1, section II, item 2» as «план 1, раздел II, пункт 2»; null stays null. */
  public static String where(Location where) {
    return where == null ? null : where.in(Location.Language.RUSSIAN).text();
  }

  /**
   * The order with its warnings' messages and places in Russian, the codes unchanged: what the
   * JSON outputs show in a Russian run.
   */
  public static prikaz.parser.model.Order translated(prikaz.parser.model.Order order) {
    List<Warning> warnings = order.warnings().stream()
        .map(w -> new Warning(w.code(), message(w), w.where() == null ? null : w.where().in(Location.Language.RUSSIAN)))
        .toList();
    return new prikaz.parser.model.Order(order.schema(), order.source(), order.header(), order.plans(), warnings);
  }

  /** «CODE: сообщение по-русски», the stable code first for scripts and filters. */
  public static String withCode(Warning warning) {
    return warning.code().name() + ": " + message(warning);
  }
}
