package prikaz.parser.internal.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import prikaz.parser.model.Field;

/**
 * What a plan column holds, told from the words of its header rather than from a fixed list of
 * headers: the first word that names a role decides («Установленные сроки», «Сроки проведения»,
 * «Дата, время и место» are the deadline column; «Ответственные за исполнение» the responsible
 * one), after at most one modifier («установленные», «планируемый», «наименование»). A header
 * whose first word names something else — «Место проведения», «Наименование учреждений»,
 * «Отметка о выполнении», «Источник финансирования» — has no role: its cells go to the item's
 * {@code extra} under the header's own text.
 */
final class FieldWords {
  /** «№ п/п», «N», «п/п», «№ пп» and what OCR makes of them («№ пит»): the item number column. */
  private static final Pattern NUMBER_HEADER =
      Pattern.compile("^(№№?|nn?|номер)( ?/? ?(п/п|пп|п\\.п\\.?|п/n|[^\\s]{1,5}))?$|^п/?п$|^№ ?п/?п$");
  private static final Pattern PUNCTUATION = Pattern.compile("[*:()«»\"]");
  private static final Pattern NOISE = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}№/]+");
  /** Words that only qualify the word after them: «Установленные сроки», «Наименование мероприятия». */
  private static final List<String> MODIFIERS = List.of("установлен", "планируем", "наименован", "основн", "кратк",
      "конкретн", "предполагаем", "фактическ", "планов", "ориентировочн", "примерн", "предельн", "контрольн",
      "необходим", "запланирован", "проводим", "краткое", "названи");
  /** Words that name a column of no role: «Место проведения», «Наименование учреждений». */
  private static final List<String> OTHER = List.of("место", "мест", "учрежден", "организац", "отметк", "источник",
      "финансир", "примечан", "объем", "стоимост", "адрес", "контакт", "статус", "исполнен", "выполнен",
      "сумм", "бюджет", "затрат", "ссылк", "документ", "основан");
  /** A role's words only count when a role word stands in the first two words of a short header. */
  private static final int MAX_WORDS = 7;

  private static final java.util.Map<Field, List<String>> STEMS = new java.util.EnumMap<>(Field.class);

  static {
    for (Field field : Field.values()) {
      STEMS.put(field, stems(field));
    }
  }

  private FieldWords() {}

  /** The first letters of the words that name each field; {@link Field#EXTRA} is what no word names. */
  private static List<String> stems(Field field) {
    return switch (field) {
      case NUMBER -> List.of("№", "номер", "п/п", "пп");
      case ACTIVITY -> List.of("мероприят", "содержан", "направлен", "вид", "виды", "перечен", "действ", "задач",
          "мера", "меры", "тема", "темы", "событ");
      case DEADLINE -> List.of("срок", "дата", "даты", "период", "время", "когда", "календар");
      // and the abbreviations of a narrow column: «Отв. лица», «Ответст.», «Исп.»
      case RESPONSIBLE -> List.of("ответствен", "ответст", "исполнител", "соисполнител", "кто", "отв", "исп");
      case PARTICIPANTS -> List.of("участник", "целев", "категор", "для");
      case RESULT -> List.of("результат", "ожидаем", "отчетн", "итог", "показател", "продукт", "выход");
      case EXTRA -> List.of();
    };
  }

  /** The role of a header cell, or null when its text names none of them. */
  public static Field of(String headerText) {
    String key = normalize(headerText);
    if (key.isEmpty()) {
      return null;
    }
    if (NUMBER_HEADER.matcher(key).find()) {
      return Field.NUMBER;
    }
    List<String> words = WORD.matcher(key).results().map(m -> m.group()).filter(w -> !PREPOSITIONS.contains(w)).toList();
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return null;
    }
    if (words.get(0).startsWith("форм") && words.size() > 1) {
      // «Форма отчетности», «Форма представления результатов», but «Форма проведения» is not a result.
      return Set.of("проведения", "работы", "организации", "участия", "обучения").contains(words.get(1)) ? null : Field.RESULT;
    }
    for (int w = 0; w < Math.min(2, words.size()); w++) {
      String word = words.get(w);
      Field role = roleOf(word);
      if (role != null) {
        return role;
      }
      boolean modifier = MODIFIERS.stream().anyMatch(word::startsWith);
      if (!modifier) {
        return null; // «Место проведения», «Отметка о выполнении», or an item's text
      }
      if (word.startsWith("наименован") || word.startsWith("названи")) {
        // «Наименование» alone or «Наименование работ»: the items' name, unless it names places or bodies.
        boolean other = words.size() > 1 && OTHER.stream().anyMatch(words.get(1)::startsWith);
        if (words.size() == 1 || !other && roleOf(words.get(1)) == null) {
          return Field.ACTIVITY;
        }
      }
    }
    return words.size() == 1 && (words.get(0).startsWith("наименован") || words.get(0).startsWith("названи")) ? Field.ACTIVITY : null;
  }

  /**
   * A header of two parts whose later part names the responsible: «Место проведения,
   * ответственный», «Где проводится, ответственные (Ф.И.О.)».
   */
  static boolean namesResponsibleAfterComma(String headerText) {
    String[] parts = headerText.replace('\n', ' ').split("[,;/]");
    for (int p = 1; p < parts.length; p++) {
      if (of(parts[p]) == Field.RESPONSIBLE) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PREPOSITIONS = Set.of("и", "или", "в", "во", "за", "о", "об", "по", "на", "с", "со");

  private static Field roleOf(String word) {
    if (OTHER.stream().anyMatch(word::startsWith)) {
      return null;
    }
    for (Field role : Field.values()) {
      for (String stem : STEMS.get(role)) {
        // Short stems («вид», «для», «кто») must be the whole word; longer ones begin it.
        if (stem.length() <= 4 ? word.equals(stem) || word.startsWith(stem) && stem.length() == 4 : word.startsWith(stem)) {
          return role;
        }
      }
    }
    return null;
  }

  static String normalize(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\n', ' ').replace('\\', '/');
    lower = PUNCTUATION.matcher(lower).replaceAll(" ");
    return NOISE.matcher(lower).replaceAll(" ").strip();
  }
}
