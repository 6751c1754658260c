package prikaz.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import prikaz.parser.DocumentException;
import prikaz.parser.internal.header.HeaderConfidence;
import prikaz.parser.internal.header.HeaderReader;
import prikaz.parser.internal.header.OpeningLine;
import prikaz.parser.internal.plan.ImplicitTables;
import prikaz.parser.internal.plan.PlanExtractor;
import prikaz.parser.internal.read.Furniture;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.model.Header;
import prikaz.parser.model.Order;
import prikaz.parser.model.Source;
import prikaz.parser.model.Warning;

/** The stages after reading: a layout in, the order's header and plans out. */
public final class OrderAssembly {
  private OrderAssembly() {}

  /** The order in a layout: its header, its plans and the warnings of both. */
  public static Order extract(Source source, Layout layout) throws DocumentException {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(layout, "layout must not be null");
    layout = ImplicitTables.infer(Furniture.strip(layout));
    List<OpeningLine> lines = headerLines(layout);
    Header header;
    int planFrom;
    List<Warning> warnings = new ArrayList<>();
    try {
      if (lines.isEmpty()) {
        throw new DocumentException(DocumentException.Reason.NOT_AN_ORDER,
            source.ocr() ? "OCR found no text in the page images" : "no text found");
      }
      HeaderReader.Result found = HeaderReader.read(HeaderConfidence.withoutDoubtfulLines(lines));
      if (found.header().docType() == null && PlanExtractor.opensAPlan(lines.get(0).text()) && hasPlanTable(layout)) {
        // «Приложение N 2 к постановлению … от … N …» or «ПЛАН …» above a plan table, and no act
        // kind: the act's date and number there are the approving act's, the text is the plan alone.
        throw new DocumentException(DocumentException.Reason.NOT_AN_ORDER, "an appendix without its act");
      }
      HeaderConfidence.Result checked = HeaderConfidence.check(found.header(), lines);
      header = checked.header();
      planFrom = found.endBlock();
      warnings.addAll(found.warnings());
      warnings.addAll(checked.warnings());
    } catch (DocumentException e) {
      // An appendix published alone (the plan without the order's first page): no act heading,
      // but a plan table. Anything else without a heading is not an order.
      if (e.reason() != DocumentException.Reason.NOT_AN_ORDER || !hasPlanTable(layout)) {
        throw e;
      }
      header = new Header(null, List.of(), null, null, null, null, null, null, List.of(), List.of(), null);
      planFrom = 0;
      warnings.add(new Warning(Warning.Code.NO_HEADER,
          "no act heading (ПРИКАЗ, ПОСТАНОВЛЕНИЕ …) found: the document is read as a plan alone", null));
    }
    PlanExtractor.Result plans = PlanExtractor.extract(layout, planFrom, header);
    warnings.addAll(plans.warnings());
    for (String text : plans.leftoverText()) {
      warnings.add(new Warning(Warning.Code.TEXT_UNASSIGNED, "text after the order fits no field: " + text, null));
    }
    return new Order(source, header, plans.plans(), warnings);
  }

  private static boolean hasPlanTable(Layout layout) {
    return layout.blocks().stream().anyMatch(b -> b instanceof Layout.Table t && PlanExtractor.isPlanTable(t));
  }

  /** Lines of every paragraph, and of tables that are not plans, before the first plan table. */
  private static List<OpeningLine> headerLines(Layout layout) {
    List<OpeningLine> lines = new ArrayList<>();
    List<Layout.Block> blocks = layout.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Layout.Block block = blocks.get(b);
      if (block instanceof Layout.Paragraph paragraph) {
        addLines(lines, paragraph.lines(), paragraph.confidences(), b);
      } else if (block instanceof Layout.Table table) {
        if (PlanExtractor.isPlanTable(table)) {
          break;
        }
        for (Layout.Row row : table.rows()) {
          for (Layout.Cell cell : row.cells()) {
            List<String> texts = List.of(cell.text().split("\n"));
            addLines(lines, texts, java.util.Collections.nCopies(texts.size(), cell.confidence()), b);
          }
        }
      }
    }
    return lines;
  }

  private static void addLines(List<OpeningLine> lines, List<String> texts, List<Double> confidences, int block) {
    boolean first = true;
    for (int i = 0; i < texts.size(); i++) {
      String clean = texts.get(i).strip();
      if (!clean.isEmpty()) {
        lines.add(new OpeningLine(clean, block, first, confidences.get(i)));
        first = false;
      }
    }
  }

}
