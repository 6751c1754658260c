package prikaz.parser.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Appendix;
import prikaz.parser.model.Header;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Party;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Warning;

/**
 * Orders written for the tests in {@code src/test/resources/variants}, one habit of real orders
 * each (legal databases' fixed-width text, appendices published alone, other act types, column
 * names and numbering), parsed whole and checked field by field against the document.
 */
class VariantsTest {
  private static final OrderParser PARSER = OrderParser.builder().build();

  static Order parse(String name) throws Exception {
    try (InputStream in = VariantsTest.class.getResourceAsStream("/variants/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test document " + name);
      }
      return PARSER.parse(in, name);
    }
  }

  static List<String> names(List<Party> parties) {
    return parties.stream().map(Party::name).toList();
  }

  static List<String> codes(Order order) {
    return order.warnings().stream().map(w -> w.code().name()).toList();
  }

  @Test
  void fixedWidthOrderWithBoxDrawnPlan() throws Exception {
    Order order = parse("khabarovsk-2015-5976-fixed-width.txt");
    Header h = order.header();
    assertEquals("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ХАБАРОВСКОГО КРАЯ", h.issuer());
    assertEquals("ПРИКАЗ", h.docType());
    assertEquals(LocalDate.of(2015, 11, 13), h.date());
    assertEquals("5976", h.number());
    assertEquals("г. Хабаровск", h.place());
    assertEquals("ОБ УТВЕРЖДЕНИИ ПЛАНА МЕРОПРИЯТИЙ (\"ДОРОЖНОЙ КАРТЫ\") ПО ПОВЫШЕНИЮ ОБЪЕКТИВНОСТИ ОЦЕНОЧНЫХ "
        + "ПРОЦЕДУР НА 2015 - 2016 ГОДЫ", h.title());
    // Justified text: runs of spaces are one space.
    assertEquals("В соответствии с Федеральным законом от 29 декабря 2012 г. N 273-ФЗ \"Об образовании в Российской "
        + "Федерации\", в целях повышения объективности оценочных процедур в общеобразовательных организациях края",
        h.preamble());
    assertEquals(1, h.basis().size());
    assertEquals("закон", h.basis().get(0).kind());
    assertEquals("273-ФЗ", h.basis().get(0).number());
    assertEquals(LocalDate.of(2012, 12, 29), h.basis().get(0).date());
    assertEquals(2, h.points().size());
    assertEquals("Контроль за исполнением настоящего приказа возложить на заместителя министра Петрову Н.В.",
        h.points().get(1).text());
    assertEquals("Министр", h.signatory().position());
    assertEquals("А.Г. Кузнецова", h.signatory().name());

    assertEquals(1, order.plans().size());
    Plan plan = order.plans().get(0);
    assertEquals("ПЛАН МЕРОПРИЯТИЙ (\"ДОРОЖНАЯ КАРТА\") ПО ПОВЫШЕНИЮ ОБЪЕКТИВНОСТИ ОЦЕНОЧНЫХ ПРОЦЕДУР НА 2015 - 2016 "
        + "ГОДЫ", plan.title());
    assertEquals("приложение 2", plan.appendix());
    Appendix appendix = plan.appendixOf();
    assertEquals("2", appendix.number());
    assertEquals("приказ", appendix.act().kind());
    assertEquals("министерство образования и науки Хабаровского края", appendix.act().issuer());
    assertEquals(LocalDate.of(2015, 11, 13), appendix.act().date());
    assertEquals("5976", appendix.act().number());
    assertEquals(List.of("N п/п", "Мероприятие", "Срок исполнения", "Ответственные"), plan.columns());
    assertEquals(LocalDate.of(2015, 1, 1), plan.period().start());
    assertEquals(LocalDate.of(2016, 12, 31), plan.period().end());

    List<Item> items = plan.items();
    assertEquals(4, items.size());
    assertEquals(List.of("I/1", "I/2", "II/1", "II/2"),
        items.stream().map(i -> i.section().number() + "/" + i.number()).toList());
    assertEquals("Нормативное обеспечение", items.get(0).section().title());
    assertEquals("Методическое обеспечение", items.get(2).section().title());
    assertEquals("Разработка порядка проведения мониторинга объективности результатов", items.get(0).activity());
    assertEquals("декабрь 2015 г.", items.get(0).deadline().text());
    assertEquals(LocalDate.of(2015, 12, 31), items.get(0).deadline().end());
    assertEquals(List.of("отдел общего образования", "КГАОУ ДПО ХК ИРО"), names(items.get(1).responsible()));
    // A line the typist broke early still goes on the line above.
    assertEquals("в течение 2016 года", items.get(2).deadline().text());
    assertEquals(LocalDate.of(2016, 12, 31), items.get(2).deadline().end());
    assertEquals("Подготовка методических рекомендаций (в срок до 31 марта 2016 года)", items.get(3).activity());
    // «(в срок до 10 февраля 2016 года)» against «январь 2016 г.»: flagged, placed by section and number
    // because the numbering starts again in each section; «до 31 марта» inside «март 2016» is not.
    assertEquals(1, order.warnings().size());
    Warning conflict = order.warnings().get(0);
    assertEquals(Warning.Code.INNER_DEADLINE_CONFLICT, conflict.code());
    assertEquals("plan 1, section I, item 2", conflict.where().text());
    assertEquals("the activity says «до 10 февраля 2016 года» (2016-02-10) but the deadline column says «январь 2016 г.» "
        + "(2016-01-01 – 2016-01-31)", conflict.message());
  }

  @Test
  void spacedPostanovlenieWithThirdPersonVerbAndSeveralBasisKinds() throws Exception {
    Order order = parse("tula-2015-563-postanovlenie.txt");
    Header h = order.header();
    assertEquals("АДМИНИСТРАЦИЯ ГОРОДА ТУЛЫ", h.issuer());
    assertEquals("ПОСТАНОВЛЕНИЕ", h.docType());
    assertEquals(LocalDate.of(2015, 3, 10), h.date());
    assertEquals("563", h.number());
    assertEquals("Об утверждении плана мероприятий по подготовке муниципальных образовательных учреждений к новому "
        + "учебному году", h.title());
    // «… администрация муниципального образования город Тула ПОСТАНОВЛЯЕТ»: the subject is not the preamble's.
    assertEquals(true, h.preamble().endsWith("на основании Устава муниципального образования город Тула"));
    assertEquals(List.of("закон", "закон", "постановление", "письмо", "программа", "устав"),
        h.basis().stream().map(r -> r.kind()).toList());
    assertEquals("131-ФЗ", h.basis().get(0).number());
    assertEquals(LocalDate.of(2003, 10, 6), h.basis().get(0).date());
    assertEquals("273-ФЗ", h.basis().get(1).number());
    assertEquals("правительство Тульской области", h.basis().get(2).issuer());
    assertEquals("598", h.basis().get(2).number());
    assertEquals("министерство образования Тульской области", h.basis().get(3).issuer());
    assertEquals(LocalDate.of(2015, 1, 12), h.basis().get(3).date());
    assertEquals("16-01-14/123", h.basis().get(3).number());
    // A state programme named only: date and number null.
    assertEquals("Развитие образования Тульской области", h.basis().get(4).title());
    assertNull(h.basis().get(4).date());
    assertNull(h.basis().get(4).number());
    assertEquals(2, h.points().size());
    assertEquals("Постановление вступает в силу со дня официального опубликования.", h.points().get(1).text());
    // The position over two lines, the name at the end of the second.
    assertEquals("Глава администрации города Тулы", h.signatory().position());
    assertEquals("Е.В. Авилов", h.signatory().name());

    Plan plan = order.plans().get(0);
    assertEquals("План мероприятий по подготовке муниципальных образовательных учреждений к новому 2015-2016 учебному "
        + "году", plan.title());
    assertNull(plan.appendixOf().number());
    assertEquals("постановление", plan.appendixOf().act().kind());
    assertEquals("администрация города Тулы", plan.appendixOf().act().issuer());
    assertEquals(LocalDate.of(2015, 3, 10), plan.appendixOf().act().date());
    assertEquals("563", plan.appendixOf().act().number());
    // «п/п» alone is the number column; «Дата, время и место» the deadline; «Источник финансирования» extra.
    assertEquals(3, plan.items().size());
    Item first = plan.items().get(0);
    assertEquals("1", first.number());
    assertEquals("Совещание руководителей образовательных учреждений", first.activity());
    assertEquals("15 апреля 2015 г., 10.00, актовый зал управления", first.deadline().text());
    assertEquals(LocalDate.of(2015, 4, 15), first.deadline().start());
    assertEquals(LocalDate.of(2015, 4, 15), first.deadline().end());
    assertEquals(List.of("Управление образования"), names(first.responsible()));
    assertEquals("не требуется", first.extra().get("Источник финансирования"));
    assertEquals(LocalDate.of(2015, 8, 1), plan.items().get(1).deadline().start());
    assertEquals(LocalDate.of(2015, 8, 15), plan.items().get(1).deadline().end());
    assertEquals(List.of("Управление образования", "МКУ «ЦОДУО»"), names(plan.items().get(2).responsible()));
    Warning conflict = order.warnings().stream().filter(w -> w.code() == Warning.Code.INNER_DEADLINE_CONFLICT).findFirst()
        .orElseThrow();
    assertEquals("plan 1, item 3", conflict.where().text());
  }

  @Test
  void schoolOrderWithLegalNameDetailsObligingVerbAndApprovalStamp() throws Exception {
    Order order = parse("school-2021-1234-obyazyvayu.txt");
    Header h = order.header();
    assertEquals("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7 имени "
        + "Героя Советского Союза И.П. Петрова» (МБОУ «СОШ № 7»)", h.issuer());
    assertEquals(List.of("ул. Ленина, д. 5, г. Энгельс, Саратовская область, 413100, т. 8(8453)23-45-67",
        "ИНН 6449012345 ОГРН 1026401987654"), h.issuerDetails());
    assertEquals("ПРИКАЗ", h.docType());
    assertEquals("1234/01-09", h.number());
    assertEquals(LocalDate.of(2021, 9, 12), h.date());
    assertEquals("г. Энгельс", h.place());
    assertEquals(2, h.points().size());
    assertEquals("Директор школы", h.signatory().position());
    assertEquals("О.Н. Громова", h.signatory().name());
    assertEquals(2, h.basis().size());
    assertEquals("протокол", h.basis().get(0).kind());
    assertEquals(LocalDate.of(2021, 8, 30), h.basis().get(0).date());
    assertEquals("1", h.basis().get(0).number());
    assertEquals("план", h.basis().get(1).kind());
    assertEquals("работы школы на 2021-2022 учебный год", h.basis().get(1).title());
    assertNull(h.basis().get(1).issuer());
    assertNull(h.basis().get(1).date());

    Plan plan = order.plans().get(0);
    assertEquals("План работы по повышению объективности оценивания на 2021-2022 учебный год", plan.title());
    // «Приложение № 1» and the stamp «УТВЕРЖДЕН приказом МБОУ «СОШ № 7» от … № …» under it: one block.
    assertEquals("приложение 1", plan.appendix());
    assertEquals("1", plan.appendixOf().number());
    assertEquals("приказ", plan.appendixOf().act().kind());
    assertEquals("МБОУ «СОШ № 7»", plan.appendixOf().act().issuer());
    assertNull(plan.appendixOf().act().title());
    assertEquals(LocalDate.of(2021, 9, 12), plan.appendixOf().act().date());
    assertEquals("1234/01-09", plan.appendixOf().act().number());
    assertEquals(3, plan.items().size());
    assertEquals("сентябрь 2021", plan.items().get(0).deadline().text());
    assertEquals(List.of("Сидорова О.П.", "Н.Е. Байрачный", "К.А. Федоренко"), names(plan.items().get(1).responsible()));
    assertEquals(LocalDate.of(2021, 9, 1), plan.items().get(2).deadline().start());
    assertEquals(LocalDate.of(2022, 8, 31), plan.items().get(2).deadline().end());
    assertEquals(List.of(), codes(order));
  }

  @Test
  void decisionWithoutPlanAndPurposeOnlyPreamble() throws Exception {
    Order order = parse("duma-2019-953-reshenie.txt");
    Header h = order.header();
    assertEquals("ДУМА ЗАТО СЕВЕРСК ТОМСКОЙ ОБЛАСТИ", h.issuer());
    assertEquals("РЕШЕНИЕ", h.docType());
    assertEquals(LocalDate.of(2019, 9, 26), h.date());
    assertEquals("953-01-ЗМО", h.number());
    assertEquals("О внесении изменений в решение Думы ЗАТО Северск от 20.12.2018 № 45/3", h.title());
    assertEquals("В целях приведения муниципальных правовых актов в соответствие с действующим законодательством",
        h.preamble());
    assertEquals(List.of(), h.basis());
    assertEquals(3, h.points().size());
    assertEquals("Председатель Думы ЗАТО Северск", h.signatory().position());
    assertEquals("Г.А. Шамин", h.signatory().name());
    assertEquals(List.of(), order.plans());
  }

  @Test
  void directiveWithoutOperativeVerbAndAsciiTableWithRestartingNumbers() throws Exception {
    Order order = parse("orenburg-2012-220-no-verb.txt");
    Header h = order.header();
    assertEquals("ПРАВИТЕЛЬСТВО ОРЕНБУРГСКОЙ ОБЛАСТИ МИНИСТЕРСТВО ОБРАЗОВАНИЯ ОРЕНБУРГСКОЙ ОБЛАСТИ", h.issuer());
    assertEquals("РАСПОРЯЖЕНИЕ", h.docType());
    assertEquals(LocalDate.of(2012, 4, 4), h.date());
    assertEquals("23а-1000", h.number());
    assertEquals("О проведении мониторинга качества подготовки обучающихся", h.title());
    assertNull(h.preamble());
    assertEquals(List.of("1", "2", "3"), h.points().stream().map(p -> p.number()).toList());
    assertEquals("Провести в апреле - мае 2012 года мониторинг качества подготовки обучающихся 4 и 9 классов.",
        h.points().get(0).text());
    assertEquals("Министр", h.signatory().position());
    assertEquals("В.А. Лабузов", h.signatory().name());

    Plan plan = order.plans().get(0);
    assertEquals("ГРАФИК МОНИТОРИНГА КАЧЕСТВА ПОДГОТОВКИ ОБУЧАЮЩИХСЯ", plan.title());
    assertEquals("1", plan.appendixOf().number());
    assertEquals("распоряжение", plan.appendixOf().act().kind());
    assertEquals("23а-1000", plan.appendixOf().act().number());
    assertEquals(List.of("N", "Виды работ", "Период", "Исполнители"), plan.columns());
    List<Item> items = plan.items();
    assertEquals(List.of("I/1", "I/2", "II/1"),
        items.stream().map(i -> i.section().number() + "/" + i.number()).toList());
    assertEquals("Основное общее образование", items.get(2).section().title());
    assertEquals("Мониторинг по русскому языку в 4 классах", items.get(0).activity());
    assertEquals(LocalDate.of(2012, 4, 10), items.get(0).deadline().start());
    assertEquals(LocalDate.of(2012, 4, 12), items.get(0).deadline().end());
    // People one per line, initials first or last.
    assertEquals(List.of("Н.Е. Байрачный", "К.А. Федоренко"), names(items.get(0).responsible()));
    assertEquals(List.of("Иванова И.И.", "Петров П.П."), names(items.get(2).responsible()));
    assertEquals(List.of(), codes(order));
  }

  @Test
  void appendixPublishedAloneParsesWithAnEmptyHeader() throws Exception {
    Order order = parse("krasnoyarsk-2021-appendix-only.txt");
    Header h = order.header();
    assertNull(h.issuer());
    assertNull(h.docType());
    assertNull(h.date());
    assertNull(h.number());
    assertNull(h.title());
    assertNull(h.signatory());
    assertEquals(List.of(), h.points());
    assertEquals(List.of("NO_HEADER"), codes(order));

    Plan plan = order.plans().get(0);
    assertEquals("План мероприятий по подготовке к государственной итоговой аттестации в 2021 году", plan.title());
    assertEquals("приложение 1", plan.appendix());
    assertEquals("1", plan.appendixOf().number());
    assertEquals("распоряжение", plan.appendixOf().act().kind());
    assertEquals("администрация города Красноярска", plan.appendixOf().act().issuer());
    assertEquals(LocalDate.of(2021, 3, 15), plan.appendixOf().act().date());
    assertEquals("2766-р", plan.appendixOf().act().number());
    assertEquals("Приложение № 1 к распоряжению администрации города Красноярска от 15.03.2021 № 2766-р",
        plan.appendixOf().text());

    // No number column; «Установленные сроки» is the deadline, «Исполнители» the responsible one.
    assertEquals(3, plan.items().size());
    Item first = plan.items().get(0);
    assertNull(first.number());
    assertEquals("Совещание с руководителями общеобразовательных учреждений", first.activity());
    assertEquals("до 01.04.2021", first.deadline().text());
    assertEquals(LocalDate.of(2021, 4, 1), first.deadline().end());
    assertEquals(List.of("Главное управление образования"), names(first.responsible()));
    assertEquals("апрель 2021 г.", plan.items().get(1).deadline().text());
    assertEquals("выполнено", plan.items().get(1).extra().get("Отметка о выполнении"));
    assertEquals(List.of("Главное управление образования", "МКУ КИМЦ"), names(plan.items().get(2).responsible()));
  }

  @Test
  void legalDatabaseExportInWindows1251WithStandInBorders() throws Exception {
    Order order = parse("rf-2014-2765r-consultant-cp1251.txt");
    assertEquals("windows-1251", order.source().encoding());
    // «Документ предоставлен КонсультантПлюс», «Дата сохранения: …» above the issuer and the page
    // furniture between the table's two parts are not the order's: the issuer is the first line, and
    // the parts are one plan (the column-number row repeated on the new page is no item).
    Header h = order.header();
    assertEquals("ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ", h.issuer());
    assertEquals("РАСПОРЯЖЕНИЕ", h.docType());
    assertEquals(LocalDate.of(2014, 12, 29), h.date());
    assertEquals("2765-р", h.number());
    // No title, no operative verb: the points begin right after the number.
    assertNull(h.title());
    assertNull(h.preamble());
    // A paragraph whose first line is indented and the rest wrapped at the left edge is one point.
    assertEquals(List.of("Утвердить прилагаемый план мероприятий по реализации Концепции в 2015 - 2016 годах.",
        "Минобрнауки России обеспечить выполнение плана."), h.points().stream().map(p -> p.text()).toList());
    assertEquals("Председатель Правительства Российской Федерации", h.signatory().position());
    assertEquals("Д.МЕДВЕДЕВ", h.signatory().name());

    Plan plan = order.plans().get(0);
    assertEquals("ПЛАН МЕРОПРИЯТИЙ ПО РЕАЛИЗАЦИИ КОНЦЕПЦИИ В 2015 - 2016 ГОДАХ", plan.title());
    assertNull(plan.appendix());
    assertNull(plan.appendixOf().number());
    assertEquals("распоряжение", plan.appendixOf().act().kind());
    assertEquals("Правительство Российской Федерации", plan.appendixOf().act().issuer());
    assertEquals("2765-р", plan.appendixOf().act().number());
    assertEquals(List.of("N п/п", "Наименование мероприятия", "Срок", "Ответственные исполнители"), plan.columns());
    assertEquals(2, plan.items().size());
    Item first = plan.items().get(0);
    assertEquals("Разработка критериев оценки эффективности", first.activity());
    assertEquals("I квартал 2015 г.", first.deadline().text());
    assertEquals(LocalDate.of(2015, 3, 31), first.deadline().end());
    assertEquals(List.of("Минобрнауки России", "Минтруд России"), names(first.responsible()));
    assertEquals("Проведение всероссийского конкурса", plan.items().get(1).activity());
    assertEquals("ежегодно, сентябрь", plan.items().get(1).deadline().text());
  }

  @Test
  void appendixBlockSetOneParagraphPerLine() throws Exception {
    Order order = parse("perm-2023-41-paragraph-lines.txt");
    Header h = order.header();
    assertEquals("АДМИНИСТРАЦИЯ ПЕРМСКОГО МУНИЦИПАЛЬНОГО РАЙОНА УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", h.issuer());
    assertEquals(List.of("614065, г. Пермь, ул. Верхне-Муллинская, д. 71, т. (342) 296-21-04, e-mail: uo@permraion.ru"),
        h.issuerDetails());
    // Date and number on lines of their own.
    assertEquals(LocalDate.of(2023, 2, 1), h.date());
    assertEquals("41-01-ЗМО", h.number());
    assertEquals(List.of("решение", "протокол", "приказ"), h.basis().stream().map(r -> r.kind()).toList());
    assertEquals("2-01-ЗМО", h.basis().get(2).number());
    assertEquals("Об итогах мониторинга", h.basis().get(2).title());
    assertEquals(2, h.points().size());
    assertEquals("Начальник управления образования", h.signatory().position());
    assertEquals("Т.А. Ветрова", h.signatory().name());

    Plan plan = order.plans().get(0);
    assertEquals("План мероприятий по повышению качества образования на 2023 год", plan.title());
    assertEquals(List.of(), plan.notes());
    assertEquals("Приложение 1 к приказу управления образования администрации Пермского муниципального района "
        + "от 01.02.2023 № 41-01-ЗМО", plan.appendixOf().text());
    assertEquals("1", plan.appendixOf().number());
    assertEquals("управление образования администрации Пермского муниципального района",
        plan.appendixOf().act().issuer());
    assertEquals(LocalDate.of(2023, 2, 1), plan.appendixOf().act().date());
    assertEquals("41-01-ЗМО", plan.appendixOf().act().number());
    Item first = plan.items().get(0);
    assertEquals("Семинар для заместителей директоров по УВР", first.activity());
    assertEquals(LocalDate.of(2023, 3, 15), first.deadline().end());
    assertEquals("протокол семинара", first.result());
    assertEquals("МАОУ «Кукуштанская СОШ», МАОУ «Фроловская СОШ»", first.extra().get("Наименование учреждений"));
    assertEquals(LocalDate.of(2023, 5, 31), plan.items().get(1).deadline().end());
    assertEquals(List.of(), codes(order));
  }

  /** A Word file: the approval stamp in the right cell of a borderless layout table above the plan. */
  @Test
  void wordFileWithTheStampInALayoutTable() throws Exception {
    byte[] docx;
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      for (String line : List.of("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА", "ПРИКАЗ", "01.09.2022 № 575",
          "Об утверждении плана", "ПРИКАЗЫВАЮ:", "1. Утвердить план работы.", "Начальник управления",
          "М.В. Семкина")) {
        doc.createParagraph().createRun().setText(line);
      }
      org.apache.poi.xwpf.usermodel.XWPFTable stamp = doc.createTable(1, 2);
      org.apache.poi.xwpf.usermodel.XWPFTableCell right = stamp.getRow(0).getCell(1);
      right.getParagraphs().get(0).createRun().setText("УТВЕРЖДЕН");
      right.addParagraph().createRun().setText("приказом управления образования");
      right.addParagraph().createRun().setText("от 01.09.2022 № 575");
      doc.createParagraph().createRun().setText("План работы на 2022-2023 учебный год");
      org.apache.poi.xwpf.usermodel.XWPFTable plan = doc.createTable(3, 4);
      String[][] cells = {
          {"№", "Содержание работы", "Период", "Исполнители"},
          {"1", "Педагогический совет", "сентябрь 2022", "Семкина М.В."},
          {"2", "Анализ ВПР", "октябрь 2022", "Грязнова Г.А."}};
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 4; c++) {
          plan.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(cells[r][c]);
        }
      }
      doc.write(out);
      docx = out.toByteArray();
    }
    Order order = PARSER.parse(new java.io.ByteArrayInputStream(docx), "stamp.docx");
    assertEquals("575", order.header().number());
    assertEquals("М.В. Семкина", order.header().signatory().name());
    Plan plan = order.plans().get(0);
    assertEquals("План работы на 2022-2023 учебный год", plan.title());
    assertEquals("УТВЕРЖДЕН приказом управления образования от 01.09.2022 № 575", plan.appendixOf().text());
    assertNull(plan.appendixOf().number());
    assertEquals("управление образования", plan.appendixOf().act().issuer());
    assertEquals(LocalDate.of(2022, 9, 1), plan.appendixOf().act().date());
    assertEquals("575", plan.appendixOf().act().number());
    assertEquals(2, plan.items().size());
    assertEquals("октябрь 2022", plan.items().get(1).deadline().text());
    assertEquals(List.of("Грязнова Г.А."), names(plan.items().get(1).responsible()));
    assertEquals(List.of(), codes(order));
  }
}
