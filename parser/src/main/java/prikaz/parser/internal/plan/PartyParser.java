package prikaz.parser.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import prikaz.parser.internal.grammar.PersonNames;
import prikaz.parser.internal.Chars;
import prikaz.parser.model.Party;

/**
 * A responsible or participants cell to a list of parties. Splits on commas, semicolons and line
 * breaks outside quotes and brackets, and where a cell flattened from several lines runs two
 * parties together («Заместитель начальника управления образования МБУО Центр образования»).
 */
final class PartyParser {

  // «Грязнова Г.А.», «Бикбаева Л.А», «Г.А. Грязнова», «Грязнова Галина Алексеевна», with a note in brackets.
  private static final Pattern PERSON = Pattern.compile("^" + PersonNames.ANY + "(?:\\s*\\(.*\\))?$");
  // Organisational-legal forms: МБОУ, МКУ, ГБУ ДППО, ФГБОУ ВО … — they head an institution's name.
  private static final Pattern LEGAL_FORM = Pattern.compile("^(?:ФГ|Г|М|Ч|Н)[БКА]?[А-Я]*У[А-Я]*$|^(?:АНО|ООО|АО|ПАО|ОАО|НКО)$");
  private static final Pattern ACRONYM = Pattern.compile("^[А-ЯЁA-Z]{2,}[А-ЯЁA-Z\\-]*$");

  // Nominative heads that start a new party when a flattened cell runs two together.
  private static final Set<String> PARTY_HEADS = Set.of(
      "заместитель", "заместители", "начальник", "начальники", "директор", "директора",
      "руководитель", "руководители", "специалист", "специалисты", "методист", "методисты",
      "учитель", "учителя", "педагог", "педагоги", "педагоги-психологи", "классные", "муниципальный",
      "координатор", "координаторы", "образовательные", "общеобразовательные", "управление",
      "отдел", "администрация", "комитет", "министерство", "центр", "заведующий", "заведующая",
      "председатель", "главный", "ведущий", "члены", "эксперты", "ответственные", "школы");

  private static final Set<String> POSITION_WORDS = Set.of(
      "заместитель", "начальник", "директор", "руководитель", "специалист", "методист", "учитель",
      "педагог", "координатор", "заведующий", "заведующая", "председатель", "инспектор",
      "консультант", "советник", "секретарь", "главный", "ведущий", "старший", "муниципальный",
      "региональный", "школьный", "ответственный", "куратор", "психолог", "социальный");

  private static final Set<String> GROUP_WORDS = Set.of(
      "руководители", "специалисты", "методисты", "учителя", "педагоги", "педагогические",
      "заместители", "директора", "команды", "классные", "обучающиеся", "учащиеся", "родители",
      "члены", "эксперты", "работники", "организации", "учреждения", "школы", "оо", "оу", "доу",
      "администрации", "ответственные", "координаторы", "наблюдатели", "участники", "все", "выпускники");

  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "отдел", "управление", "администрация", "комитет", "министерство", "центр", "департамент",
      "учреждение", "организация", "школа", "гимназия", "лицей", "институт", "университет",
      "колледж", "дума", "совет", "служба", "агентство", "инспекция", "мку", "фац", "имц", "рмо",
      "гмо", "ммс", "цуоко", "умо", "криппкипро", "крипкипро", "уо", "моуо", "рцоко", "цоко");

  // A person written initials first, complete: «Н.Е. Байрачный».
  private static final Pattern INITIALS_FIRST_PERSON = Pattern.compile("^" + PersonNames.INITIALS_FIRST + "$");
  private static final Pattern INITIALS = Pattern.compile("^[А-ЯЁ]\\.(?:[А-ЯЁ]\\.?)?$");

  private PartyParser() {}

  /** The parties named in one cell, in the order written; empty for a blank cell. */
  public static List<Party> parse(String cell) {
    List<Party> parties = new ArrayList<>();
    if (cell == null) {
      return parties;
    }
    for (String piece : splitOutsideBrackets(cell)) {
      for (String name : splitRunTogether(piece)) {
        String clean = name.replaceAll("^[-–—•\\s]+|[\\s,;]+$", "").strip();
        if (!clean.isEmpty()) {
          parties.add(new Party(clean, classify(clean)));
        }
      }
    }
    return parties;
  }

  static Party.Type classify(String name) {
    if (PERSON.matcher(name).matches()) {
      return Party.Type.person;
    }
    String[] words = name.split("[\\s\"«»()\\-]+");
    String first = words.length == 0 ? "" : words[0];
    String firstLower = first.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (LEGAL_FORM.matcher(first).matches()) {
      return Party.Type.organisation;
    }
    if (GROUP_WORDS.contains(firstLower)) {
      return Party.Type.group;
    }
    if (POSITION_WORDS.contains(firstLower)) {
      return Party.Type.position;
    }
    if (ORGANISATION_WORDS.contains(firstLower)) {
      return Party.Type.organisation;
    }
    boolean allAcronyms = true;
    for (String word : words) {
      if (!word.isEmpty() && !ACRONYM.matcher(word).matches()) {
        allAcronyms = false;
      }
    }
    if (allAcronyms && words.length > 0) {
      return Party.Type.organisation;
    }
    for (String word : words) {
      if (GROUP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return Party.Type.group;
      }
    }
    for (String word : words) {
      if (ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return Party.Type.organisation;
      }
    }
    return Party.Type.unknown;
  }

  private static List<String> splitOutsideBrackets(String text) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '«' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '»' || c == ']') && depth > 0) {
        depth--;
      }
      if (depth == 0 && (c == ',' || c == ';' || c == '\n')) {
        pieces.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    pieces.add(current.toString());
    return pieces;
  }

  /** «Муниципальный координатор Руководители ОУ» → two parties; «МБУО Центр образования» → one. */
  private static List<String> splitRunTogether(String piece) {
    String[] words = piece.strip().split("\\s+");
    List<String> names = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i > 0 && depth == 0 && startsNewParty(words[i - 1], word, current.toString())) {
        names.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
      depth += Chars.count(word, '«') + Chars.count(word, '(') - Chars.count(word, '»') - Chars.count(word, ')');
      depth = Math.max(depth, 0);
    }
    if (current.length() > 0) {
      names.add(current.toString());
    }
    return names;
  }

  private static boolean startsNewParty(String previous, String word, String soFar) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (PERSON.matcher(soFar).matches() && !soFar.endsWith(")") && Character.isUpperCase(soFar.charAt(0))
        && soFar.matches("^[А-ЯЁ][а-яё].*") && word.length() > 1 && Character.isLowerCase(word.charAt(1))) {
      // «Грязнова Г.А. Анкудинова О.А.»: a second surname after a complete «Surname I.O.».
      return true;
    }
    if (INITIALS.matcher(word).matches() && INITIALS_FIRST_PERSON.matcher(soFar).matches()) {
      // «Н.Е. Байрачный К.А. Федоренко»: the next initials after a complete «I.O. Surname».
      return true;
    }
    boolean previousIsLowerWord = Character.isLowerCase(previous.charAt(0));
    if (LEGAL_FORM.matcher(word).matches()) {
      // «… управления образования МБУО Центр образования»: a legal form after ordinary words.
      return previousIsLowerWord;
    }
    if (word.length() < 2 || !Character.isLowerCase(word.charAt(1))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (!PARTY_HEADS.contains(lower)) {
      return false;
    }
    // After a legal form the capitalised word is the institution's own name: «МБУО Центр».
    if (LEGAL_FORM.matcher(previous).matches()) {
      return false;
    }
    // A person's initials are not a party of their own: «Иванова И.И. Руководители ОО» splits,
    // but a single capitalised word so far («Отдел Образования») is one name.
    return soFar.contains(" ") || previousIsLowerWord || ACRONYM.matcher(previous).matches()
        || previous.endsWith(".");
  }
}
